import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import remarkParse from 'remark-parse';
import { defaultSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { parseArticleFile } from '@/lib/content/markdown-file';
import { createMatcher } from '@/lib/glossary/matcher';
import { noteId } from '@/lib/glossary/note-id';
import { glossaryMatcher } from '@/lib/glossary/patterns';
import { createPipeline } from '@/lib/markdown/pipeline';
import rehypeGlossary from '@/lib/markdown/rehype-glossary';
import { toHtml } from './to-html';

const matcher = createMatcher([
  { text: '埃隆·马斯克', termId: 'elon-musk', caseSensitive: true },
  { text: '马斯克', termId: 'elon-musk', caseSensitive: true },
  { text: 'Musk', termId: 'elon-musk', caseSensitive: true },
  { text: 'OpenAI', termId: 'openai', caseSensitive: true },
  { text: 'transformer', termId: 'transformer', caseSensitive: false },
]);
const pipeline = createPipeline(matcher);

/** Frontmatter (lines 1–8) and a marker (line 10): the Markdown under test starts on line 12. */
const HEAD = `---
title: T
description: D
source: https://example.com/story
publisher: Example
date: 2023-03-24
origin: original
---

<!-- unit u01 -->

`;

/** Markdown in, through the loader and the pipeline, HTML out. */
function render(markdown: string): string {
  const file = parseArticleFile(`${HEAD}${markdown}\n`, 'zh.md');
  return toHtml(pipeline.render(file.units[0]!.blocks));
}

const button = (termId: string, text: string) =>
  `<button type="button" class="term" data-term="${termId}" popovertarget="note-${termId}" aria-controls="note-${termId}">${text}</button>`;

describe('module exports', () => {
  it('pins the exports of the pipeline, the plugin and note ids', async () => {
    expect(Object.keys(await import('@/lib/markdown/pipeline')).sort()).toEqual(['createPipeline']);
    expect(Object.keys(await import('@/lib/markdown/rehype-glossary')).sort()).toEqual(['default']);
    expect(Object.keys(await import('@/lib/glossary/note-id')).sort()).toEqual(['noteId']);
  });

  it('note ids', () => {
    expect(noteId('elon-musk')).toBe('note-elon-musk');
  });
});

describe('createPipeline', () => {
  it('turns a term into a button that opens its note', () => {
    expect(render('Musk left.')).toBe(`<p>${button('elon-musk', 'Musk')} left.</p>`);
  });

  it('marks terms in both languages with the same id', () => {
    expect(render('埃隆·马斯克（Musk）离开了 OpenAI。马斯克说。')).toBe(
      `<p>${button('elon-musk', '埃隆·马斯克')}（${button('elon-musk', 'Musk')}）离开了 ${button('openai', 'OpenAI')}。${button('elon-musk', '马斯克')}说。</p>`,
    );
  });

  it('keeps the casing of the text for a case-insensitive term', () => {
    expect(render('Transformers? A transformer.')).toBe(`<p>Transformers? A ${button('transformer', 'transformer')}.</p>`);
    expect(render('The Transformer.')).toBe(`<p>The ${button('transformer', 'Transformer')}.</p>`);
  });

  it('marks no term inside a link, inline code or a code block', () => {
    expect(render('[Musk](https://example.com/musk) and `Musk`\n\n```\nMusk\n```\n\n    OpenAI')).toBe(
      '<p><a href="https://example.com/musk">Musk</a> and <code>Musk</code></p>\n<pre><code>Musk\n</code></pre>\n<pre><code>OpenAI\n</code></pre>',
    );
  });

  it('marks terms inside emphasis, headings, blockquotes and lists', () => {
    expect(render('# OpenAI\n\n> *Musk* and **马斯克**\n\n- OpenAI')).toBe(
      `<h1>${button('openai', 'OpenAI')}</h1>\n<blockquote>\n<p><em>${button('elon-musk', 'Musk')}</em> and <strong>${button('elon-musk', '马斯克')}</strong></p>\n</blockquote>\n<ul>\n<li>${button('openai', 'OpenAI')}</li>\n</ul>`,
    );
  });

  it('reports each occurrence in document order', () => {
    const file = parseArticleFile(`${HEAD}OpenAI, Musk.\n\n[Musk](https://example.com) 马斯克 transformer\n`, 'en.md');
    const seen: string[] = [];
    pipeline.render(file.units[0]!.blocks, (id) => seen.push(id));
    expect(seen).toEqual(['openai', 'elon-musk', 'elon-musk', 'transformer']);
  });

  it('renders links, images and breaks it can keep safely', () => {
    expect(render('[a](https://example.com/?q=1&r=2 "T") [b](/articles/x) [c](mailto:a@example.com) ![Musk](https://example.com/m.jpg "photo")  \nend')).toBe(
      '<p><a href="https://example.com/?q=1&amp;r=2" title="T">a</a> <a href="/articles/x">b</a> <a href="mailto:a@example.com">c</a> <img src="https://example.com/m.jpg" alt="Musk" title="photo"><br>\nend</p>',
    );
  });

  it('drops `javascript:`, `vbscript:` and `data:` URLs', () => {
    expect(render('[x](javascript:alert(1))')).toBe('<p><a>x</a></p>');
    expect(render('[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox(1)) [z](data:text/html,<script>alert(1)</script>)')).toBe(
      '<p><a>x</a> <a>y</a> <a>z</a></p>',
    );
    expect(render('[x](<java\tscript:alert(1)>) [y](&#106;avascript:alert(1))')).toBe('<p><a>x</a> <a>y</a></p>');
    expect(render('![x](javascript:alert(1)) ![y](data:image/svg+xml,<svg/onload=alert(1)>)')).toBe('<p><img alt="x"> <img alt="y"></p>');
  });

  it('renders no raw HTML, and the loader warns about it with its line', () => {
    const file = parseArticleFile(`${HEAD}<script>alert(1)</script>\n\nMusk <img src=x onerror=alert(1)> left.\n`, 'en.md');
    expect(toHtml(pipeline.render(file.units[0]!.blocks))).toBe(`<p>${button('elon-musk', 'Musk')}  left.</p>`);
    expect(file.warnings).toEqual([
      { file: 'en.md', line: 12, column: 1, message: 'raw HTML is not rendered: `<script>alert(1)</script>`' },
      { file: 'en.md', line: 14, column: 6, message: 'raw HTML is not rendered: `<img src=x onerror=alert(1)>`' },
    ]);
  });

  it('clips a long raw HTML warning', () => {
    const file = parseArticleFile(`${HEAD}<div class="x">\n${'Musk '.repeat(20)}\n</div>\n`, 'en.md');
    // 57 characters of the HTML, whitespace folded, then an ellipsis.
    expect(file.warnings.map((w) => w.message)).toEqual(['raw HTML is not rendered: `<div class="x"> Musk Musk Musk Musk Musk Musk Musk Musk M…`']);
  });

  it('keeps an image alt with a payload as plain text', () => {
    const file = parseArticleFile(`${HEAD}![<script>alert(1)</script> "x" onerror=alert(1)](https://example.com/i.png "t")\n`, 'en.md');
    const tree = pipeline.render(file.units[0]!.blocks);
    expect(toHtml(tree)).toBe(
      '<p><img src="https://example.com/i.png" alt="&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; onerror=alert(1)" title="t"></p>',
    );
    const img = (tree.children[0] as Element).children[0] as Element;
    expect(img.properties).toEqual({ src: 'https://example.com/i.png', alt: '<script>alert(1)</script> "x" onerror=alert(1)', title: 't' });
    expect(file.warnings).toEqual([]);
  });

  it('resolves a reference link whose definition sits in another unit of the same file', () => {
    // Ordinary Markdown keeps link definitions at the end of the file; units are rendered one by one.
    const file = parseArticleFile(`${HEAD}See [OpenAI][oa].\n\n<!-- unit u02 -->\n\nMore.\n\n[oa]: https://openai.com/ "OpenAI"\n`, 'en.md');
    expect(toHtml(pipeline.render(file.units[0]!.blocks))).toBe(`<p>See <a href="https://openai.com/" title="OpenAI">OpenAI</a>.</p>`);
  });

  it('does not change the blocks it is given', () => {
    const file = parseArticleFile(`${HEAD}Musk and OpenAI.\n`, 'en.md');
    const before = structuredClone(file.units[0]!.blocks);
    const first = toHtml(pipeline.render(file.units[0]!.blocks));
    expect(toHtml(pipeline.render(file.units[0]!.blocks))).toBe(first);
    expect(file.units[0]!.blocks).toEqual(before);
  });
});

describe('rehypeGlossary', () => {
  const run = (tree: Root, options: Parameters<typeof rehypeGlossary>[0]) =>
    toHtml(unified().use(rehypeGlossary, options).runSync(tree) as Root);
  const p = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
  const el = (tagName: string, text: string): Element => ({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value: text }] });
  const text = (value: string) => ({ type: 'text' as const, value });

  it('wraps terms in text and leaves literal and interactive elements alone', () => {
    const tree: Root = {
      type: 'root',
      children: [p(text('Musk: '), el('a', 'Musk'), el('button', 'Musk'), el('kbd', 'Musk'), el('samp', 'Musk'), el('textarea', 'Musk'), el('span', 'Musk'))],
    };
    expect(run(tree, { matcher })).toBe(
      `<p>${button('elon-musk', 'Musk')}: <a>Musk</a><button>Musk</button><kbd>Musk</kbd><samp>Musk</samp><textarea>Musk</textarea><span>${button('elon-musk', 'Musk')}</span></p>`,
    );
  });

  it('uses a custom note id and reports each occurrence with its text', () => {
    const seen: [string, string][] = [];
    const tree: Root = { type: 'root', children: [p(text('马斯克和Musk'))] };
    expect(run(tree, { matcher, noteId: (id) => `n-${id}`, onOccurrence: (id, value) => seen.push([id, value]) })).toBe(
      '<p><button type="button" class="term" data-term="elon-musk" popovertarget="n-elon-musk" aria-controls="n-elon-musk">马斯克</button>和<button type="button" class="term" data-term="elon-musk" popovertarget="n-elon-musk" aria-controls="n-elon-musk">Musk</button></p>',
    );
    expect(seen).toEqual([['elon-musk', '马斯克'], ['elon-musk', 'Musk']]);
  });

  it('leaves a tree without terms as it was', () => {
    const tree: Root = { type: 'root', children: [p(text('Nothing here.'))] };
    const before = structuredClone(tree);
    expect(run(tree, { matcher })).toBe('<p>Nothing here.</p>');
    expect(tree).toEqual(before);
  });

  it('throws a TypeError without a matcher', () => {
    expect(() => rehypeGlossary(undefined as never)).toThrow(new TypeError('Expected `options.matcher`'));
    expect(() => rehypeGlossary({} as never)).toThrow(new TypeError('Expected `options.matcher`'));
    expect(() => rehypeGlossary({ matcher: {} } as never)).toThrow(new TypeError('Expected `options.matcher`'));
  });
});

// ── XSS corpus ──────────────────────────────────────────────────────────
// Every payload, placed where Markdown lets an author put text, must come out with no
// script, no event handler and no script-capable URL. The body of an article file is
// parsed by remark-parse exactly as here (frontmatter only exists at the top of a file).

const corpus = path.resolve(process.cwd(), '../shared/corpora/xss');
const lines = (name: string) => readFileSync(path.join(corpus, name), 'utf8').split('\n').filter((line) => line.trim() !== '');
const payloads = [
  ...lines('payloadbox-xss-payload-list.txt'),
  ...(JSON.parse(readFileSync(path.join(corpus, 'dompurify-expect.json'), 'utf8')) as { payload: string }[]).map((entry) => entry.payload),
  ...lines('h5sc-vectors.txt'),
];

const allowedTags = new Set([...defaultSchema.tagNames!, 'button']);
const urlProperties = ['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'background', 'xLinkHref', 'srcSet', 'data', 'ping'];
const protocols = defaultSchema.protocols as Record<string, string[]>;

/** What would be unsafe in a rendered tree, as readable strings; empty when it is safe. */
function problems(tree: Nodes): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'raw') found.push('raw node');
    if (node.type !== 'element') return;
    const { tagName, properties } = node as Element;
    if (!allowedTags.has(tagName)) found.push(`<${tagName}>`);
    for (const [name, value] of Object.entries(properties)) {
      if (/^on/i.test(name)) found.push(`${tagName}.${name}`);
      if (name === 'style') found.push(`${tagName}.style`);
      if (!urlProperties.includes(name)) continue;
      // What a browser would see: tabs and newlines removed, C0 controls and spaces trimmed.
      const url = String(value).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
      if (/^(javascript|vbscript|data):/i.test(url)) found.push(`${tagName}.${name}=${url}`);
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
      if (scheme && !(protocols[name] ?? []).includes(scheme)) found.push(`${tagName}.${name} scheme ${scheme}`);
    }
  });
  if (/<script/i.test(toHtml(tree))) found.push('<script in HTML');
  return found;
}

describe('XSS corpus', () => {
  const xss = createPipeline(glossaryMatcher(loadContent('content').glossary.terms));
  const parser = unified().use(remarkParse);

  it('the checker itself finds scripts, handlers and script URLs', () => {
    const bad: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'script', properties: {}, children: [] },
        { type: 'element', tagName: 'img', properties: { onError: 'alert(1)', src: ' java\tscript:alert(1)' }, children: [] },
        { type: 'element', tagName: 'a', properties: { href: 'DATA:text/html,x', style: 'x' }, children: [] },
      ],
    };
    expect(problems(bad)).toEqual([
      '<script>',
      'img.onError',
      'img.src=javascript:alert(1)',
      'img.src scheme javascript',
      'a.href=DATA:text/html,x',
      'a.href scheme data',
      'a.style',
      '<script in HTML',
    ]);
    expect(problems({ type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: 'https://example.com/a:b' }, children: [] }] })).toEqual([]);
  });

  it(`holds ≥ 6000 payloads (${payloads.length})`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(6000);
  });

  // Script URLs hidden inside the payloads (`<a href=javascript:…>`), pulled out and used as Markdown URLs.
  const urls = [...new Set(payloads.flatMap((p) => p.match(/(?:java|vb)script:[^\s"'`<>]*|data:[^\s"'`<>]*/gi) ?? []))];

  it(`renders ${urls.length} script URLs from the corpus as link and image URLs with nothing executable`, () => {
    expect(urls.length).toBeGreaterThanOrEqual(80);
    const unsafe: string[] = [];
    let faced = 0;
    for (const url of urls) {
      const mdast = parser.parse(`[x](<${url}>) ![x](<${url}>)`);
      visit(mdast, (node) => {
        if ((node.type === 'link' || node.type === 'image') && /^(javascript|vbscript|data):/i.test(node.url)) faced++;
      });
      const found = problems(xss.render(mdast.children));
      if (found.length > 0) unsafe.push(`${JSON.stringify(url)}: ${found.join(', ')}`);
    }
    expect(unsafe).toEqual([]);
    expect(faced).toBe(urls.length * 2);
  });

  const placements: [string, (p: string) => string][] = [
    ['as a paragraph', (p) => p],
    ['as link text and URL', (p) => `[${p}](${p})`],
    ['as image alt and URL', (p) => `![${p}](${p})`],
  ];
  for (const [where, place] of placements) {
    it(`renders ${payloads.length} payloads ${where} with nothing executable`, () => {
      const unsafe: string[] = [];
      let faced = 0;
      for (const payload of payloads) {
        const mdast = parser.parse(place(payload));
        // Count the raw HTML with scripts or handlers the sanitizer had to face, so that a
        // silent parse change cannot make this test vacuous. (Few payloads parse as a link
        // or image URL here; the script-URL test above faces those, every one counted.)
        visit(mdast, (node) => {
          if (node.type === 'html' && /<script|\son\w+\s*=/i.test(node.value)) faced++;
        });
        const found = problems(xss.render(mdast.children));
        if (found.length > 0) unsafe.push(`${JSON.stringify(payload)}: ${found.join(', ')}`);
      }
      expect(unsafe).toEqual([]);
      expect(faced).toBeGreaterThan(1000);
    }, 30_000);
  }
});
