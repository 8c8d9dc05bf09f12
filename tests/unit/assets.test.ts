import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { syncArticleAssets } from '@/lib/content/assets';
import { checkContent } from '@/lib/check';
import rehypeAssetUrls from '@/lib/markdown/rehype-asset-urls';
import { toHtml } from './to-html';

const element = (tagName: string, properties: Record<string, string>): Element => ({ type: 'element', tagName, properties, children: [] });

describe('rehypeAssetUrls', () => {
  const run = (tree: Root) => toHtml(unified().use(rehypeAssetUrls, { base: '/assets/demo/' }).runSync(tree) as Root);

  it('points relative images and links at the served copy, and leaves every other URL alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('img', { src: 'img/photo.png' }),
        element('img', { src: './chart.svg' }),
        element('a', { href: 'report.pdf' }),
        element('a', { href: 'https://example.org/x' }),
        element('a', { href: '/zh/glossary' }),
        element('a', { href: '#u05' }),
        element('a', { href: 'mailto:a@example.org' }),
      ],
    };
    expect(run(tree)).toBe(
      '<img src="/assets/demo/img/photo.png"><img src="/assets/demo/chart.svg"><a href="/assets/demo/report.pdf"></a>' +
        '<a href="https://example.org/x"></a><a href="/zh/glossary"></a><a href="#u05"></a><a href="mailto:a@example.org"></a>',
    );
  });

  it('rejects a missing base', () => {
    expect(() => unified().use(rehypeAssetUrls, undefined as never).runSync({ type: 'root', children: [] } as Root)).toThrow(TypeError);
  });
});

describe('syncArticleAssets', () => {
  it('copies the files beside each article, never its Markdown or dot-files, and replaces what was there', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'dz-assets-'));
    const article = path.join(root, 'content', 'articles', 'demo');
    mkdirSync(path.join(article, 'img'), { recursive: true });
    writeFileSync(path.join(article, 'zh.md'), '# zh');
    writeFileSync(path.join(article, 'ALIGNMENT.md'), 'review');
    writeFileSync(path.join(article, '.draft'), 'x');
    writeFileSync(path.join(article, 'img', 'photo.png'), 'png-bytes');
    const stale = path.join(root, 'public', 'assets', 'gone', 'old.png');
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, 'old');

    expect(syncArticleAssets(path.join(root, 'content'), path.join(root, 'public'))).toBe(1);
    expect(readFileSync(path.join(root, 'public', 'assets', 'demo', 'img', 'photo.png'), 'utf8')).toBe('png-bytes');
    expect(existsSync(path.join(root, 'public', 'assets', 'demo', 'zh.md'))).toBe(false);
    expect(existsSync(path.join(root, 'public', 'assets', 'demo', 'ALIGNMENT.md'))).toBe(false);
    expect(existsSync(path.join(root, 'public', 'assets', 'demo', '.draft'))).toBe(false);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('check: images', () => {
  it('refuses an image on another host, naming file, line and URL', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'dz-remote-img-'));
    const glossary = '- id: demo\n  type: term\n  zh: { form: 演示 }\n  en: { form: demo }\n  note: { zh: 演示。, en: A demo. }\n';
    writeFileSync(path.join(root, 'glossary.yaml'), glossary);
    const folder = path.join(root, 'articles', 'demo');
    mkdirSync(folder, { recursive: true });
    const head = (title: string) =>
      `---\ntitle: ${title}\ndescription: d\nsource: https://example.org/a\npublisher: P\ndate: 2024-01-01\norigin: original\n---\n\n<!-- unit u01 -->\n\n`;
    writeFileSync(path.join(folder, 'zh.md'), `${head('标题')}文字。\n`);
    writeFileSync(path.join(folder, 'en.md'), `${head('Title')}![chart](https://example.org/chart.png)\n`);
    const problems = checkContent(root, { display: (file) => path.relative(root, file) });
    expect(problems).toEqual([
      {
        file: path.join('articles', 'demo', 'en.md'),
        line: 12,
        column: 1,
        severity: 'error',
        message: 'image `https://example.org/chart.png` is on another host, which the site never loads from: save it beside the article and link it as a relative path',
      },
    ]);
  });
});
