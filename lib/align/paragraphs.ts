/** One paragraph of an input text: a block between blank lines. */
export interface Paragraph {
  text: string;
  /** 1-based line of the paragraph's first line in the input. */
  line: number;
}

// `<!-- unit u01 -->` lines of an already-aligned file are structure, not text.
const UNIT_MARKER = /^<!--\s*unit\b[^>]*-->$/;

/**
 * The paragraphs of a Markdown text: blocks separated by blank lines, without the
 * YAML frontmatter and without unit markers. A fenced code block stays one block
 * even when it contains blank lines.
 */
export function splitParagraphs(text: string): Paragraph[] {
  if (typeof text !== 'string') throw new TypeError('Expected a string');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) start = end + 1;
  }
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let firstLine = 0;
  let fence: string | undefined;
  const flush = () => {
    if (current.length === 0) return;
    const block = current.join('\n');
    if (!UNIT_MARKER.test(block.trim())) paragraphs.push({ text: block, line: firstLine });
    current = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      current.push(line);
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (current.length === 0) firstLine = i + 1;
    current.push(line.replace(/\s+$/, ''));
    if (opener) fence = opener;
  }
  flush();
  return paragraphs;
}
