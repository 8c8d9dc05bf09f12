import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Small file-system and message helpers shared by the loader, the check and the CLI.

/** The site's content folder: `content/`, or `DUIZHAO_CONTENT` (benchmarks, the XSS suite). */
export function contentDir(): string {
  return process.env.DUIZHAO_CONTENT ?? path.join(process.cwd(), 'content');
}

/** Article folder names: kebab-case, as they appear in URLs. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file's text, or undefined when it is missing or unreadable. */
export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The sub-folders of a folder, sorted, or undefined when it is missing or unreadable. */
export function listDirs(dir: string): string[] | undefined {
  try {
    return readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
  } catch {
    return undefined;
  }
}

export function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A path as messages show it: relative to the working directory when inside it, so editors can click it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith(`..${path.sep}`) || relative === '..' || path.isAbsolute(relative) ? file : relative;
}

/** A value quoted in a message, on one line and at most `length` characters. */
export function clip(value: string, length = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 3)}…` : flat;
}
