/** A problem in a content file, reported as `path:line:column: message` like a compiler would. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** A problem that does not stop the build (raw HTML that will not be rendered, say). */
export interface ContentWarning {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatWarning(warning: ContentWarning): string {
  return `${warning.file}:${warning.line}:${warning.column}: warning: ${warning.message}`;
}
