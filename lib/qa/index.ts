export { qaArticle, type IssueKind, type QaIssue, type QaOptions } from './qa';
