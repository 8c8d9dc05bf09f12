export { assertContent, checkContent, formatProblem, type CheckOptions, type Problem } from './check';
