import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { loadContent } from '@/lib/content/load';
import { parseArticleFile } from '@/lib/content/markdown-file';
import { termSchema } from '@/lib/content/schema';
import { parseYaml } from '@/lib/content/yaml';
import { articleMetaSchema } from '@/lib/content/schema';

/** Blocks without their positions: the shape under test. */
function shape(blocks: RootContent[] | undefined): unknown {
  return JSON.parse(JSON.stringify(blocks, (key, value) => (key === 'position' ? undefined : value)));
}

/** `[unit id, zh block types, en block types]`, `null` for a missing side. */
function layout(article: Article) {
  return article.units.map((u) => [u.id, u.sides.zh?.blocks.map((b) => b.type) ?? null, u.sides.en?.blocks.map((b) => b.type) ?? null]);
}

describe('module exports', () => {
  it('pins the exports of lib/content', async () => {
    expect(Object.keys(await import('@/lib/content/load')).sort()).toEqual(['loadContent']);
    expect(Object.keys(await import('@/lib/content/markdown-file')).sort()).toEqual(['parseArticleFile', 'parseMarkdown']);
    expect(Object.keys(await import('@/lib/content/article')).sort()).toEqual(['pairArticle']);
    expect(Object.keys(await import('@/lib/content/glossary')).sort()).toEqual(['formsOf', 'parseGlossary']);
    expect(Object.keys(await import('@/lib/content/yaml')).sort()).toEqual(['parseYaml']);
    expect(Object.keys(await import('@/lib/content/schema')).sort()).toEqual(['articleMetaSchema', 'glossarySchema', 'termSchema', 'termTypes']);
    expect(Object.keys(await import('@/lib/content')).sort()).toEqual(['getArticle', 'getArticles', 'getGlossary']);
  });
});

describe('the real content/ folder', () => {
  const content = loadContent('content');
  const slug = 'the-secret-history-of-elon-musk-sam-altman-and-openai';
  const u = (n: number) => `u${String(n).padStart(2, '0')}`;

  it('holds the seed article, with no warnings', () => {
    expect(content.articles.map((a) => a.slug)).toEqual([slug]);
    expect(content.warnings).toEqual([]);
    expect(content.articles[0]!.warnings).toEqual([]);
  });

  it('pairs the seed article: `source` in Chinese only, u01…u20 on both sides, u11 one to two', () => {
    const article = content.articles[0]!;
    const expected = [
      ['source', ['blockquote'], null],
      ...Array.from({ length: 20 }, (_, i) => [u(i + 1), ['paragraph'], i + 1 === 11 ? ['paragraph', 'paragraph'] : ['paragraph']]),
    ];
    expect(layout(article)).toEqual(expected);
  });

  it('keeps the file and marker line of each side', () => {
    const [source, u01, , , , , , , , , , u11] = content.articles[0]!.units;
    const dir = `content/articles/${slug}`;
    expect(source!.sides).toEqual({ zh: { file: `${dir}/zh.md`, line: 11, blocks: source!.sides.zh!.blocks } });
    expect([u01!.sides.zh!.file, u01!.sides.zh!.line, u01!.sides.en!.file, u01!.sides.en!.line]).toEqual([`${dir}/zh.md`, 15, `${dir}/en.md`, 11]);
    expect([u11!.id, u11!.sides.zh!.line, u11!.sides.en!.line]).toEqual(['u11', 55, 51]);
  });

  it('reads both frontmatters, which agree on source, publisher and date', () => {
    const { zh, en } = content.articles[0]!.meta;
    expect([zh.origin, en.origin]).toEqual(['translation', 'rendering']);
    expect(zh.title).toBe('Elon Musk、Sam Altman 和 OpenAI 的秘密历史');
    expect(en.title).toBe('The secret history of Elon Musk, Sam Altman, and OpenAI');
    expect([en.source, en.publisher, en.date]).toEqual([
      'https://www.semafor.com/article/03/24/2023/the-secret-history-of-elon-musk-sam-altman-and-openai',
      'Semafor',
      '2023-03-24',
    ]);
    expect([zh.source, zh.publisher, zh.date]).toEqual([en.source, en.publisher, en.date]);
  });

  it('has at least 25 glossary entries with unique ids, each valid on its own', () => {
    const { terms, byId } = content.glossary;
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(byId.size).toBe(terms.length);
    for (const term of terms) expect(byId.get(term.id)).toBe(term);
    // Validate the raw entries one by one, so that a failure names the entry.
    const raw = parse(readFileSync('content/glossary.yaml', 'utf8')) as { id?: string }[];
    expect(raw.length).toBe(terms.length);
    const invalid = raw.filter((entry) => !termSchema.safeParse(entry).success).map((entry) => entry.id);
    expect(invalid).toEqual([]);
  });

  it('is what lib/content serves', async () => {
    const { getArticle, getArticles, getGlossary } = await import('@/lib/content');
    expect(getArticles().map((a) => a.slug)).toEqual([slug]);
    expect(getArticle(slug)).toBe(getArticles()[0]);
    expect(getArticle('no-such-article')).toBeUndefined();
    expect(getGlossary().terms.map((t) => t.id)).toEqual(content.glossary.terms.map((t) => t.id));
  });
});

describe('a fixture with every kind of unit', () => {
  const content = loadContent('tests/fixtures/aligned');
  const article = content.articles[0]!;
  const byId = new Map(article.units.map((unit) => [unit.id, unit]));

  it('pairs one-sided units in both directions, in order, and 1:1, 1:2 and 2:1 units', () => {
    expect(layout(article)).toEqual([
      ['heading', ['heading'], ['heading']],
      ['zh-note', ['blockquote'], null],
      ['one-to-one', ['paragraph'], ['paragraph']],
      ['one-to-two', ['paragraph'], ['paragraph', 'paragraph']],
      ['en-note', null, ['paragraph']],
      ['two-to-one', ['paragraph', 'paragraph'], ['paragraph']],
      ['credit', ['paragraph'], null],
    ]);
    expect(content.warnings).toEqual([]);
    expect(content.glossary.terms.map((t) => t.id)).toEqual(['elon-musk', 'openai']);
  });

  it('reports paths relative to the working directory', () => {
    expect(byId.get('en-note')!.sides).toEqual({
      en: { file: 'tests/fixtures/aligned/articles/demo/en.md', line: 24, blocks: byId.get('en-note')!.sides.en!.blocks },
    });
  });

  it('parses headings, strong, emphasis and links as Markdown', () => {
    expect(shape(byId.get('heading')!.sides.zh!.blocks)).toEqual([
      { type: 'heading', depth: 2, children: [{ type: 'text', value: '马斯克与 OpenAI' }] },
    ]);
    expect(shape(byId.get('one-to-one')!.sides.zh!.blocks)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: '马斯克' }] },
          { type: 'text', value: '在 ' },
          { type: 'link', url: 'https://openai.com/', title: null, children: [{ type: 'text', value: 'OpenAI' }] },
          { type: 'text', value: ' 的' },
          { type: 'emphasis', children: [{ type: 'text', value: '董事会' }] },
          { type: 'text', value: '任职。' },
        ],
      },
    ]);
  });

  it('parses blockquotes and images as Markdown', () => {
    expect(shape(byId.get('zh-note')!.sides.zh!.blocks)).toEqual([
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: '译者注：本文为示例。' }] }] },
    ]);
    expect(shape(byId.get('two-to-one')!.sides.zh!.blocks)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '他后来创办了新公司。' }] },
      { type: 'paragraph', children: [{ type: 'image', url: 'https://example.com/factory.jpg', title: '工厂', alt: '工厂' }] },
    ]);
    expect(shape(byId.get('two-to-one')!.sides.en!.blocks)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'He later founded a new company. ' },
          { type: 'image', url: 'https://example.com/factory.jpg', title: 'Factory', alt: 'Factory' },
        ],
      },
    ]);
  });
});

describe('parseArticleFile', () => {
  const file = (body: string, eol = '\n') =>
    ['---', 'title: T', 'description: D', 'source: https://example.com/a', 'publisher: P', 'date: 2023-03-24', 'origin: original', '---', '', body].join(eol);

  it('records the line of each frontmatter key and each marker', () => {
    const parsed = parseArticleFile(file('<!-- unit a -->\n\nOne.\n\n<!--unit b only-->\n\nTwo.\n'), 'x.md');
    expect(parsed.metaLines).toEqual({ title: 2, description: 3, source: 4, publisher: 5, date: 6, origin: 7 });
    expect(parsed.units.map(({ id, only, line }) => ({ id, only, line }))).toEqual([
      { id: 'a', only: false, line: 10 },
      { id: 'b', only: true, line: 14 },
    ]);
    expect(parsed.meta).toEqual({ title: 'T', description: 'D', source: 'https://example.com/a', publisher: 'P', date: '2023-03-24', origin: 'original' });
  });

  it('reads Windows line endings with the same lines', () => {
    const parsed = parseArticleFile(file('<!-- unit a -->\r\n\r\nOne.\r\n\r\n<!-- unit b -->\r\n\r\nTwo.\r\n', '\r\n'), 'x.md');
    expect(parsed.units.map((unit) => [unit.id, unit.line, shape(unit.blocks)])).toEqual([
      ['a', 10, [{ type: 'paragraph', children: [{ type: 'text', value: 'One.' }] }]],
      ['b', 14, [{ type: 'paragraph', children: [{ type: 'text', value: 'Two.' }] }]],
    ]);
  });
});

describe('parseYaml', () => {
  it('locates nodes in the file, offset by the first line', () => {
    const { data, locate } = parseYaml({ text: 'title: T\ndescription: D\nsource: https://example.com/a\npublisher: P\ndate: 2023-03-24\norigin: original\n', file: 'x.md', firstLine: 2 }, articleMetaSchema);
    expect(data.title).toBe('T');
    expect(locate(['date'])).toEqual({ line: 6, column: 7 });
    // A missing node is located at its nearest ancestor.
    expect(locate(['note'])).toEqual({ line: 2, column: 1 });
  });
});
