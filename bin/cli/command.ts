import type { ParseArgsConfig } from 'node:util';

/** Where a command reads and writes: the process in the bin, buffers in tests. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Bad usage or bad input: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: [min: number, max: number];
  run(args: ParsedArgs, io: Io): Promise<number> | number;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}
