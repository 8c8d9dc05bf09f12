import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatWarning } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';

// Each case writes a tiny content folder to a temp dir (outside the working directory,
// so messages carry absolute paths) and checks the one error it must produce, exactly.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A valid one-term glossary, used wherever the glossary is not under test. */
const GLOSSARY = `- id: elon-musk
  type: person
  zh:
    form: 马斯克
  en:
    form: Musk
  note:
    zh: 企业家。
    en: Entrepreneur.
`;

/** Frontmatter: lines 1–8; a body then starts on line 9. */
const ZH_HEAD = `---
title: 标题
description: 描述
source: https://example.com/story
publisher: Example
date: 2023-03-24
origin: translation
---
`;
const EN_HEAD = `---
title: Title
description: Description
source: https://example.com/story
publisher: Example
date: 2023-03-24
origin: original
---
`;
const ZH_OK = `${ZH_HEAD}
<!-- unit u01 -->

马斯克。
`;
const EN_OK = `${EN_HEAD}
<!-- unit u01 -->

Musk.
`;

/** Write `files` (paths relative to a fresh temp folder) and return the folder. */
function tree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-content-'));
  made.push(dir);
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return dir;
}

/** A content folder with one article `demo`; either side defaults to a valid file. */
function article(files: { zh?: string; en?: string; glossary?: string }): string {
  return tree({
    'glossary.yaml': files.glossary ?? GLOSSARY,
    'articles/demo/zh.md': files.zh ?? ZH_OK,
    'articles/demo/en.md': files.en ?? EN_OK,
  });
}

/** The ContentError that loading `dir` throws. */
function failure(dir: string): ContentError {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`expected ${dir} to fail to load`);
}

const zhOf = (dir: string) => path.join(dir, 'articles/demo/zh.md');
const enOf = (dir: string) => path.join(dir, 'articles/demo/en.md');

describe('lib/content/errors', () => {
  it('exports the error API', async () => {
    expect(Object.keys(await import('@/lib/content/errors')).sort()).toEqual(['ContentError', 'formatWarning']);
  });

  it('formats errors and warnings like a compiler', () => {
    const error = new ContentError('content/glossary.yaml', 12, 5, 'broken');
    expect(error.message).toBe('content/glossary.yaml:12:5: broken');
    expect([error.name, error.file, error.line, error.column, error.reason]).toEqual(['ContentError', 'content/glossary.yaml', 12, 5, 'broken']);
    expect(formatWarning({ file: 'a/zh.md', line: 3, column: 7, message: 'raw HTML is not rendered: `<b>`' })).toBe(
      'a/zh.md:3:7: warning: raw HTML is not rendered: `<b>`',
    );
  });
});

describe('article files', () => {
  it('a valid pair loads (the baseline every case below breaks)', () => {
    const { articles } = loadContent(article({}));
    expect(articles.map((a) => [a.slug, a.units.map((u) => u.id)])).toEqual([['demo', ['u01']]]);
  });

  it('missing frontmatter', () => {
    const dir = article({ zh: '<!-- unit u01 -->\n\n马斯克。\n' });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:1:1: missing frontmatter (a \`---\` block with title, source, date…)`);
  });

  it('invalid YAML in frontmatter, at its file line', () => {
    // An unquoted colon in a title, the commonest YAML slip in frontmatter.
    const dir = article({ en: EN_OK.replace('title: Title', 'title: Musk: the secret history') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:2:8: invalid YAML: Nested mappings are not allowed in compact mappings`);
  });

  it('a frontmatter key given twice is invalid YAML', () => {
    const dir = article({ en: EN_OK.replace('origin: original\n', 'origin: original\ntitle: Again\n') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:8:1: invalid YAML: Map keys must be unique`);
  });

  it('a date that does not exist', () => {
    const dir = article({ zh: ZH_OK.replace('date: 2023-03-24', 'date: 2023-13-45') });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:6:7: \`date\`: Invalid ISO date (got \`2023-13-45\`)`);
  });

  it('a missing title, reported where the frontmatter starts', () => {
    const dir = article({ en: EN_OK.replace('title: Title\n', '') });
    const error = failure(dir);
    expect(error.message).toBe(`${enOf(dir)}:2:1: \`title\`: Invalid input: expected string, received undefined`);
    expect([error.file, error.line, error.column]).toEqual([enOf(dir), 2, 1]);
  });

  it('a blank description', () => {
    const dir = article({ en: EN_OK.replace('description: Description', 'description: "  "') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:3:14: \`description\`: Too small: expected string to have >=1 characters (got \`  \`)`);
  });

  it('a source that is not an http(s) URL', () => {
    const dir = article({ zh: ZH_OK.replace('https://example.com/story', 'javascript:alert(1)') });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:4:9: \`source\`: Invalid URL (got \`javascript:alert(1)\`)`);
  });

  it('an unknown origin', () => {
    const dir = article({ zh: ZH_OK.replace('origin: translation', 'origin: machine') });
    expect(failure(dir).message).toBe(
      `${zhOf(dir)}:7:9: \`origin\`: Invalid option: expected one of "original"|"translation"|"rendering" (got \`machine\`)`,
    );
  });

  it('an unknown frontmatter key, at the key', () => {
    const dir = article({ en: EN_OK.replace('origin: original\n', 'origin: original\nauthor: Someone\n') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:8:1: \`author\`: unknown key`);
  });

  it('text before the first marker', () => {
    const dir = article({
      zh: `${ZH_HEAD}
前言。

<!-- unit u01 -->

马斯克。
`,
    });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:10:1: text before the first unit marker (\`<!-- unit ID -->\`)`);
  });

  it('an empty unit', () => {
    const dir = article({
      en: `${EN_HEAD}
<!-- unit u01 -->

Musk.

<!-- unit u02 -->

<!-- unit u03 -->

Tesla.
`,
    });
    expect(failure(dir).message).toBe(`${enOf(dir)}:14:1: unit \`u02\` is empty`);
  });

  it('an empty last unit', () => {
    const dir = article({ en: `${EN_OK}\n<!-- unit u02 -->\n` });
    expect(failure(dir).message).toBe(`${enOf(dir)}:14:1: unit \`u02\` is empty`);
  });

  it('a duplicate unit id', () => {
    const dir = article({
      zh: `${ZH_HEAD}
<!-- unit u01 -->

马斯克。

<!-- unit u01 -->

特斯拉。
`,
    });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:14:1: duplicate unit \`u01\` (first at line 10)`);
  });

  it('a marker with a malformed id', () => {
    const dir = article({ zh: `${ZH_OK}\n<!-- unit U 1 -->\n\n特斯拉。\n` });
    expect(failure(dir).message).toBe(
      `${zhOf(dir)}:14:1: malformed unit marker \`<!-- unit U 1 -->\` (expected \`<!-- unit ID -->\` alone between blank lines)`,
    );
  });

  it('a marker with an unknown flag', () => {
    const dir = article({ zh: `${ZH_OK}\n<!-- unit u02 maybe -->\n\n特斯拉。\n` });
    expect(failure(dir).message).toBe(
      `${zhOf(dir)}:14:1: malformed unit marker \`<!-- unit u02 maybe -->\` (expected \`<!-- unit ID -->\` alone between blank lines)`,
    );
  });

  it('a marker inside a blockquote', () => {
    const dir = article({ en: `${EN_OK}\n> <!-- unit u02 -->\n>\n> Tesla.\n` });
    expect(failure(dir).message).toBe(
      `${enOf(dir)}:14:3: malformed unit marker \`<!-- unit u02 -->\` (expected \`<!-- unit ID -->\` alone between blank lines)`,
    );
  });

  it('a marker inside a paragraph', () => {
    const dir = article({ en: `${EN_HEAD}\n<!-- unit u01 -->\n\nMusk <!-- unit u02 --> Tesla.\n` });
    expect(failure(dir).message).toBe(
      `${enOf(dir)}:12:6: malformed unit marker \`<!-- unit u02 -->\` (expected \`<!-- unit ID -->\` alone between blank lines)`,
    );
  });

  it('binary junk (NUL bytes)', () => {
    const dir = article({ en: `${EN_OK}\u0000\u0001\u0000` });
    expect(failure(dir).message).toBe(`${enOf(dir)}:1:1: binary data in a Markdown file`);
  });
});

describe('pairing the two files', () => {
  it('a paragraph deleted on the English side', () => {
    const dir = article({
      zh: `${ZH_OK}
<!-- unit u02 -->

特斯拉。

<!-- unit u03 -->

推特。
`,
      en: `${EN_OK}
<!-- unit u03 -->

Twitter.
`,
    });
    expect(failure(dir).message).toBe(
      `${zhOf(dir)}:14:1: unit \`u02\` has no counterpart in ${enOf(dir)} (mark it \`<!-- unit u02 only -->\` if that is deliberate)`,
    );
  });

  it('a last paragraph deleted on the English side', () => {
    const dir = article({ zh: `${ZH_OK}\n<!-- unit u02 -->\n\n特斯拉。\n` });
    expect(failure(dir).message).toBe(
      `${zhOf(dir)}:14:1: unit \`u02\` has no counterpart in ${enOf(dir)} (mark it \`<!-- unit u02 only -->\` if that is deliberate)`,
    );
  });

  it('an English unit unknown to the Chinese side', () => {
    const dir = article({ en: `${EN_OK}\n<!-- unit extra -->\n\nTesla.\n` });
    expect(failure(dir).message).toBe(
      `${enOf(dir)}:14:1: unit \`extra\` has no counterpart in ${zhOf(dir)} (mark it \`<!-- unit extra only -->\` if that is deliberate)`,
    );
  });

  it('units out of order', () => {
    const dir = article({
      zh: `${ZH_OK}\n<!-- unit u02 -->\n\n特斯拉。\n`,
      en: `${EN_HEAD}
<!-- unit u02 -->

Tesla.

<!-- unit u01 -->

Musk.
`,
    });
    expect(failure(dir).message).toBe(`${enOf(dir)}:10:1: units out of order: \`u02\` here, but \`u01\` at ${zhOf(dir)}:10`);
  });

  it('a unit marked `only` in Chinese that also appears in English', () => {
    const dir = article({
      zh: `${ZH_OK}\n<!-- unit credit only -->\n\n路透社。\n`,
      en: `${EN_OK}\n<!-- unit credit -->\n\nReuters.\n`,
    });
    expect(failure(dir).message).toBe(`${enOf(dir)}:14:1: unit \`credit\` is marked \`only\` in ${zhOf(dir)}:14 but also appears here`);
  });

  it('a unit marked `only` in English that also appears in Chinese', () => {
    const dir = article({
      zh: `${ZH_OK}\n<!-- unit credit -->\n\n路透社。\n`,
      en: `${EN_OK}\n<!-- unit credit only -->\n\nReuters.\n`,
    });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:14:1: unit \`credit\` is marked \`only\` in ${enOf(dir)}:14 but also appears here`);
  });

  it('`source` disagrees between the two files', () => {
    const dir = article({ en: EN_OK.replace('https://example.com/story', 'https://example.com/other') });
    expect(failure(dir).message).toBe(
      `${enOf(dir)}:4:1: frontmatter \`source\` is \`https://example.com/other\` but \`https://example.com/story\` in ${zhOf(dir)}`,
    );
  });

  it('`date` disagrees between the two files', () => {
    const dir = article({ en: EN_OK.replace('date: 2023-03-24', 'date: 2023-03-25') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:6:1: frontmatter \`date\` is \`2023-03-25\` but \`2023-03-24\` in ${zhOf(dir)}`);
  });

  it('`publisher` disagrees between the two files', () => {
    const dir = article({ zh: ZH_OK.replace('publisher: Example', 'publisher: 例子') });
    expect(failure(dir).message).toBe(`${enOf(dir)}:5:1: frontmatter \`publisher\` is \`Example\` but \`例子\` in ${zhOf(dir)}`);
  });
});

describe('the content folder', () => {
  it('a missing en.md, with a path relative to the working directory', () => {
    // A fixture inside the repository: the message carries the path an editor can click.
    expect(failure('tests/fixtures/missing-en').message).toBe(
      'tests/fixtures/missing-en/articles/lonely/en.md:1:1: file is missing or unreadable',
    );
  });

  it('a missing zh.md, with an absolute path outside the working directory', () => {
    const dir = tree({ 'glossary.yaml': GLOSSARY, 'articles/demo/en.md': EN_OK });
    expect(failure(dir).message).toBe(`${zhOf(dir)}:1:1: file is missing or unreadable`);
  });

  it('an article folder name that is not a slug', () => {
    const dir = tree({ 'glossary.yaml': GLOSSARY, 'articles/Secret_History/zh.md': ZH_OK, 'articles/Secret_History/en.md': EN_OK });
    expect(failure(dir).message).toBe(`${path.join(dir, 'articles/Secret_History')}:1:1: article folder \`Secret_History\` is not a kebab-case slug`);
  });

  it('a missing articles folder', () => {
    const dir = tree({ 'glossary.yaml': GLOSSARY });
    expect(failure(dir).message).toBe(`${path.join(dir, 'articles')}:1:1: folder is missing or unreadable`);
  });

  it('a missing glossary', () => {
    const dir = tree({ 'articles/demo/zh.md': ZH_OK, 'articles/demo/en.md': EN_OK });
    expect(failure(dir).message).toBe(`${path.join(dir, 'glossary.yaml')}:1:1: file is missing or unreadable`);
  });
});

describe('glossary.yaml', () => {
  const glossaryError = (text: string) => {
    const dir = tree({ 'glossary.yaml': text });
    return failure(dir).message.replace(`${path.join(dir, 'glossary.yaml')}:`, 'glossary.yaml:');
  };
  const TESLA = `- id: tesla
  type: organization
  zh:
    form: 特斯拉
  en:
    form: Tesla
  note:
    zh: 电动汽车公司。
    en: Electric car maker.
`;

  it('a duplicate id, at the second one', () => {
    const again = `- id: elon-musk
  type: person
  zh:
    form: 埃隆
  en:
    form: Elon
  note:
    zh: 企业家。
    en: Entrepreneur.
`;
    // elon-musk on lines 1–9, tesla on 11–19, elon-musk again from line 21.
    expect(glossaryError(`${GLOSSARY}\n${TESLA}\n${again}`)).toBe('glossary.yaml:21:7: duplicate glossary id `elon-musk`');
  });

  it('a form claimed by two terms, at the second term', () => {
    const twitter = `- id: twitter
  type: organization
  zh:
    form: 推特
  en:
    form: Twitter
    aliases: [Musk]
  note:
    zh: 社交媒体平台。
    en: Social media platform.
`;
    expect(glossaryError(`${GLOSSARY}\n${twitter}`)).toBe('glossary.yaml:11:3: form `Musk` of `twitter` is already claimed by `elon-musk` (line 1)');
  });

  it('a form claimed by two terms in different casing', () => {
    const shouting = `- id: musk-fan-club
  type: organization
  zh:
    form: 粉丝俱乐部
  en:
    form: MUSK
  note:
    zh: 虚构。
    en: Made up.
`;
    expect(glossaryError(`${GLOSSARY}\n${shouting}`)).toBe('glossary.yaml:11:3: form `MUSK` of `musk-fan-club` is already claimed by `elon-musk` (line 1)');
  });

  it('a bad type', () => {
    expect(glossaryError(TESLA.replace('organization', 'company'))).toBe(
      'glossary.yaml:2:9: `0.type`: Invalid option: expected one of "person"|"organization"|"product"|"publication"|"term" (got `company`)',
    );
  });

  it('a bad id', () => {
    expect(glossaryError(`${GLOSSARY}\n${TESLA.replace('id: tesla', 'id: Tesla_Inc')}`)).toBe(
      'glossary.yaml:11:7: `1.id`: expected a kebab-case id (got `Tesla_Inc`)',
    );
  });

  it('a missing note, reported at its term', () => {
    expect(glossaryError(`${GLOSSARY}\n${TESLA.replace(/ {2}note:\n.*\n.*\n/, '')}`)).toBe(
      'glossary.yaml:11:3: `1.note`: Invalid input: expected object, received undefined',
    );
  });

  it('a note missing one language', () => {
    expect(glossaryError(TESLA.replace('    en: Electric car maker.\n', ''))).toBe(
      'glossary.yaml:8:5: `0.note.en`: Invalid input: expected string, received undefined',
    );
  });

  it('a bad match case', () => {
    expect(glossaryError(TESLA.replace('    form: Tesla\n', '    form: Tesla\n    case: loose\n'))).toBe(
      'glossary.yaml:7:11: `0.en.case`: Invalid option: expected one of "sensitive"|"insensitive" (got `loose`)',
    );
  });

  it('an unknown key, at the key', () => {
    expect(glossaryError(`${GLOSSARY}\n${TESLA.replace('  type: organization\n', '  type: organization\n  wiki: Tesla,_Inc.\n')}`)).toBe(
      'glossary.yaml:13:3: `1.wiki`: unknown key',
    );
  });

  it('invalid YAML', () => {
    expect(glossaryError(`${GLOSSARY}- id: [tesla\n`)).toBe(
      'glossary.yaml:11:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('an empty glossary', () => {
    expect(glossaryError('[]\n')).toBe('glossary.yaml:1:1: document: Too small: expected array to have >=1 items');
  });
});
