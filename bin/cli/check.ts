import { statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '@/lib/content/files';
import { checkContent, formatProblem } from '@/lib/check';
import { UsageError, type Command } from './command';

export const checkCommand: Command = {
  summary: 'validate every article and the glossary',
  usage: `Usage: duizhao check [--content <dir>]

Validates the content folder as the build does: frontmatter, unit alignment, the
glossary, local images and links, and (as warnings) raw HTML the reader drops.
Prints one problem a line as path:line:column: message.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage.`,
  options: {},
  positionals: [0, 0],
  run({ values }, io) {
    const dir = path.resolve(io.cwd, String(values.content));
    if (!isDirectory(dir)) throw new UsageError(`no content folder at ${values.content}`);
    const problems = checkContent(dir, { display: (file) => display(io.cwd, file) });
    for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    io.stderr(`check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
    return errors > 0 ? 1 : 0;
  },
};

export function display(cwd: string, file: string): string {
  return displayPath(file, cwd);
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
