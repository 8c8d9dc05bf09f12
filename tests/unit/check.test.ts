import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as checkModule from '@/lib/check';
import { assertContent, checkContent, formatProblem } from '@/lib/check';
import { loadContent } from '@/lib/content/load';

const fixture = path.resolve(__dirname, '../fixtures/cli/content');
const zh = 'articles/sample/zh.md';
const en = 'articles/sample/en.md';
const glossary = 'glossary.yaml';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with one edit: each test below is one broken fixture. */
function broken(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-check-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  edit(dir);
  return dir;
}

function replace(file: string, from: string, to: string) {
  return (dir: string) => {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture ${file} has no ${from}`);
    writeFileSync(full, text.replace(from, to));
  };
}

function check(dir: string): string[] {
  return checkContent(dir, { display: (file) => path.relative(dir, file) }).map(formatProblem);
}

describe('lib/check', () => {
  it('exports the check API', () => {
    expect(Object.keys(checkModule).sort()).toEqual(['assertContent', 'checkContent', 'formatProblem']);
  });

  it('passes the valid fixture and the shipped content', () => {
    expect(check(fixture)).toEqual([]);
    expect(checkContent(path.resolve(__dirname, '../../content')).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('hands the build the content it checked, the same as the loader reads', () => {
    for (const dir of [fixture, 'content']) expect(assertContent(dir, () => {})).toEqual(loadContent(dir));
  });

  describe('frontmatter', () => {
    it('names an invalid date', () => {
      expect(check(broken(replace(zh, 'date: 2023-03-24', 'date: 2023-13-45')))).toEqual([
        `${zh}:6:7: \`date\`: Invalid ISO date (got \`2023-13-45\`)`,
      ]);
    });

    it('names a missing field', () => {
      expect(check(broken(replace(en, 'description: A sample article for the tests.\n', '')))).toEqual([
        `${en}:2:1: \`description\`: Invalid input: expected string, received undefined`,
      ]);
    });

    it('names an unknown field', () => {
      expect(check(broken(replace(en, 'origin: original', 'origin: original\nauthor: Somebody')))).toEqual([
        `${en}:8:1: \`author\`: unknown key`,
      ]);
    });

    it('names a shared fact the two files disagree on', () => {
      expect(check(broken(replace(en, 'publisher: Example', 'publisher: Other')))).toEqual([
        `${en}:5:1: frontmatter \`publisher\` is \`Other\` but \`Example\` in ${zh}`,
      ]);
    });

    it('reports a file without frontmatter', () => {
      expect(check(broken((dir) => writeFileSync(path.join(dir, en), '<!-- unit u01 -->\n\nText.\n')))).toEqual([
        `${en}:1:1: missing frontmatter (a \`---\` block with title, source, date…)`,
      ]);
    });
  });

  describe('alignment', () => {
    it('names a unit with no counterpart', () => {
      expect(check(broken(replace(en, '<!-- unit u02 -->', '<!-- unit u03 -->')))).toEqual([
        `${zh}:14:1: unit \`u02\` has no counterpart in ${en} (mark it \`<!-- unit u02 only -->\` if that is deliberate)`,
      ]);
    });

    it('names units out of order', () => {
      const swap = (dir: string) => {
        replace(en, '<!-- unit u01 -->', '<!-- unit tmp -->')(dir);
        replace(en, '<!-- unit u02 -->', '<!-- unit u01 -->')(dir);
        replace(en, '<!-- unit tmp -->', '<!-- unit u02 -->')(dir);
      };
      expect(check(broken(swap))).toEqual([`${en}:10:1: units out of order: \`u02\` here, but \`u01\` at ${zh}:10`]);
    });

    it('names a duplicate unit', () => {
      expect(check(broken(replace(zh, '<!-- unit u02 -->', '<!-- unit u01 -->')))).toEqual([`${zh}:14:1: duplicate unit \`u01\` (first at line 10)`]);
    });

    it('names a malformed marker', () => {
      expect(check(broken(replace(zh, '<!-- unit u02 -->', '<!-- unit U 2 -->')))).toEqual([
        `${zh}:14:1: malformed unit marker \`<!-- unit U 2 -->\` (expected \`<!-- unit ID -->\` alone between blank lines)`,
      ]);
    });

    it('names a missing language file', () => {
      expect(check(broken((dir) => rmSync(path.join(dir, en))))).toEqual([`${en}:1:1: file is missing or unreadable`]);
    });

    it('names a folder that is not a slug', () => {
      expect(check(broken((dir) => renameSync(path.join(dir, 'articles/sample'), path.join(dir, 'articles/Sample Article'))))).toEqual([
        'articles/Sample Article:1:1: article folder `Sample Article` is not a kebab-case slug',
      ]);
    });
  });

  describe('glossary', () => {
    it('names a duplicate id', () => {
      expect(check(broken(replace(glossary, '- id: elon-musk', '- id: openai')))).toEqual([`${glossary}:11:7: duplicate glossary id \`openai\``]);
    });

    it('names an alias claimed by two terms', () => {
      expect(check(broken(replace(glossary, 'aliases: [马斯克]', 'aliases: [马斯克, OpenAI]')))).toEqual([
        `${glossary}:11:3: form \`OpenAI\` of \`elon-musk\` is already claimed by \`openai\` (line 1)`,
      ]);
    });

    it('names a malformed entry', () => {
      expect(check(broken(replace(glossary, 'type: person', 'type: human')))).toEqual([
        `${glossary}:12:9: \`1.type\`: Invalid option: expected one of "person"|"organization"|"product"|"publication"|"term" (got \`human\`)`,
      ]);
    });

    it('names invalid YAML', () => {
      expect(check(broken(replace(glossary, '  type: person', '  type: [person')))).toEqual([
        `${glossary}:13:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      ]);
    });
  });

  describe('images and links', () => {
    it('names a local image that does not exist', () => {
      const [line, ...rest] = check(broken(replace(zh, 'img/photo.png', 'img/missing.png')));
      expect(rest).toEqual([]);
      expect(line).toMatch(/^articles\/sample\/zh\.md:16:1: image `img\/missing\.png` points to a file that does not exist \(.*articles\/sample\/img\/missing\.png\)$/);
    });

    it('names a local link to a missing file', () => {
      const [line, ...rest] = check(broken(replace(en, '[Chinese text](/zh/articles/sample)', '[Chinese text](../other/en.md)')));
      expect(rest).toEqual([]);
      expect(line).toMatch(/^articles\/sample\/en\.md:18:49: link `\.\.\/other\/en\.md` points to a file that does not exist/);
    });

    it('names a link to a page the site does not have', () => {
      expect(check(broken(replace(en, '/en/glossary/openai', '/en/glossary/nobody')))).toEqual([
        `${en}:18:9: link \`/en/glossary/nobody\` points to no page of the site`,
      ]);
      expect(check(broken(replace(zh, '/en/articles/sample', '/en/articles/other')))).toEqual([
        `${zh}:18:30: link \`/en/articles/other\` points to no page of the site`,
      ]);
    });

    it('accepts links to existing routes, anchors and the web', () => {
      const links = '[a](/zh) [b](/en/glossary) [c](#u01) [d](https://example.com) [e](mailto:x@example.com) [f](img/photo.png)';
      expect(check(broken(replace(zh, '本文为测试而写。', links)))).toEqual([]);
    });
  });

  describe('warnings', () => {
    it('warns about raw HTML, which the reader does not render', () => {
      const dir = broken(replace(zh, '本文为测试而写。', '本文为<b>测试</b>而写。'));
      expect(check(dir)).toEqual([`${zh}:22:4: warning: raw HTML is not rendered: \`<b>\``, `${zh}:22:9: warning: raw HTML is not rendered: \`</b>\``]);
      expect(() => assertContent(dir, () => {})).not.toThrow();
    });

    it('warns about a link the sanitizer removes', () => {
      expect(check(broken(replace(zh, '本文为测试而写。', '[点我](javascript:alert(1))')))).toEqual([
        `${zh}:22:1: warning: link \`javascript:alert(1)\` uses \`javascript:\`, which the sanitizer removes`,
      ]);
    });
  });

  it('reports problems in every file, not just the first', () => {
    const dir = broken((d) => {
      replace(glossary, 'type: person', 'type: human')(d);
      replace(zh, 'img/photo.png', 'img/missing.png')(d);
      replace(en, 'date: 2023-03-24', 'date: yesterday')(d);
    });
    expect(check(dir).map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([`${en}:6`, `${zh}:16`, `${glossary}:12`]);
  });

  it('fails the build on errors, with every error in the message', () => {
    const dir = broken((d) => {
      mkdirSync(path.join(d, 'articles/second'));
      writeFileSync(path.join(d, 'articles/second/zh.md'), '# no frontmatter\n');
    });
    expect(() => assertContent(dir)).toThrow(/Content check failed with 2 errors:\n.*second\/en\.md:1:1: file is missing or unreadable\n.*second\/zh\.md:1:1: missing frontmatter/);
  });
});
