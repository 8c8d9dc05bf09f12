import { parseDocument } from 'yaml';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { detectScript, type Script } from './text';

/** A problem with an input text: the file, the line and the offending value, in one line. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

export interface InputText {
  file: string;
  text: string;
  paragraphs: Paragraph[];
  /** Frontmatter fields given as plain strings (anything else is ignored). */
  frontmatter: Record<string, string>;
}

/**
 * Decode and check one input of the aligner: UTF-8 text, not empty, in the expected
 * language, with at least one paragraph.
 */
export function readInput(bytes: Uint8Array, file: string, language: Script): InputText {
  if (bytes.length === 0) throw new InputError(file, 1, 'file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, lineOfByte(bytes, firstInvalidByte(bytes)), 'not UTF-8 text (binary data?)');
  }
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text);
  if (control) throw new InputError(file, lineAt(text, control.index), `binary data: control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) throw new InputError(file, 1, 'no paragraphs (only blank lines or frontmatter)');
  const script = detectScript(paragraphs.map((p) => p.text).join('\n'));
  const name = { zh: 'Chinese', en: 'English' };
  if (script === undefined) throw new InputError(file, paragraphs[0]!.line, 'no text in any language (only digits and punctuation?)');
  if (script !== language) {
    throw new InputError(file, paragraphs[0]!.line, `text looks ${name[script]}, expected ${name[language]}: \`${clip(paragraphs[0]!.text)}\``);
  }
  return { file, text, paragraphs, frontmatter: frontmatterOf(text) };
}

function frontmatterOf(text: string): Record<string, string> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  const doc = parseDocument(match[1]!);
  if (doc.errors.length > 0) return {};
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = String(value).trim();
    else if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
  }
  return out;
}

// Offset of the first byte that breaks UTF-8 (for the message only: the decoder has already said no).
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return bytes.length - 1;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function clip(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
