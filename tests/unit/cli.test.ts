import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '@/bin/cli/main';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/cli');
const inputs = path.join(fixtures, 'inputs');
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-cli-'));
  dirs.push(dir);
  return dir;
}

async function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A content folder with the fixture glossary and no articles yet. */
function emptyContent(): string {
  const dir = temp();
  cpSync(path.join(fixtures, 'content/glossary.yaml'), path.join(dir, 'glossary.yaml'));
  return dir;
}

describe('duizhao (bin)', () => {
  it('runs from the package bin with no build step', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/duizhao.mjs'), 'check', '--content', path.join(fixtures, 'content')], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(result.stderr).toBe('check: 0 errors, 0 warnings\n');
    expect(result.status).toBe(0);
  });

  it('prints help and exits 0; without a command, exits 2', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: duizhao <command>/) });
    for (const command of ['check', 'align', 'qa']) {
      expect(await run([command, '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^Usage: duizhao ${command}`)) });
    }
    expect((await run([])).code).toBe(2);
  });

  it('rejects unknown commands and flags with one line and exit 2', async () => {
    expect(await run(['publish'])).toEqual({ code: 2, stdout: '', stderr: 'duizhao: unknown command `publish` (expected check, align, qa; see duizhao --help)\n' });
    expect(await run(['check', '--strict'])).toEqual({ code: 2, stdout: '', stderr: "duizhao check: unknown option '--strict'\n" });
    expect(await run(['check', 'extra'])).toEqual({ code: 2, stdout: '', stderr: 'duizhao check: unexpected argument `extra`\n' });
    expect(await run(['check', '--content', 'nowhere'])).toEqual({ code: 2, stdout: '', stderr: 'duizhao check: no content folder at nowhere\n' });
  });
});

describe('duizhao check', () => {
  it('exits 0 on valid content and 1 with problems, one a line', async () => {
    expect(await run(['check', '--content', path.join(fixtures, 'content')])).toEqual({ code: 0, stdout: '', stderr: 'check: 0 errors, 0 warnings\n' });
    const dir = temp();
    cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    const zh = path.join(dir, 'articles/sample/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('date: 2023-03-24', 'date: soon').replace('img/photo.png', 'img/gone.png'));
    const result = await run(['check', '--content', '.'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'articles/sample/zh.md:6:7: `date`: Invalid ISO date (got `soon`)',
      `articles/sample/zh.md:16:1: image \`img/gone.png\` points to a file that does not exist (${path.join(dir, 'articles/sample/img/gone.png')})`,
    ]);
    expect(result.stderr).toBe('check: 2 errors, 0 warnings\n');
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = temp();
    cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    const zh = path.join(dir, 'articles/sample/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('本文为测试而写。', '本文为<b>测试</b>而写。'));
    const result = await run(['check', '--content', '.'], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'articles/sample/zh.md:22:4: warning: raw HTML is not rendered: `<b>`\narticles/sample/zh.md:22:9: warning: raw HTML is not rendered: `</b>`\n',
      stderr: 'check: 0 errors, 2 warnings\n',
    });
  });
});

describe('duizhao align', () => {
  it('prints the alignment as JSON with 0-based paragraph indices', async () => {
    const result = await run(['align', path.join(inputs, 'zh.md'), path.join(inputs, 'en.md'), '--json', '--content', path.join(fixtures, 'content')]);
    expect(result.code).toBe(0);
    const { units } = JSON.parse(result.stdout) as { units: { zh: number[]; en: number[]; score: number }[] };
    expect(units.map((u) => [u.zh, u.en])).toEqual([[[0], [0]], [[1], []], [[2], [1]], [[3], [2, 3]], [[4], [4]], [[5], [5]]]);
    for (const u of units) expect(u.score).toBeGreaterThanOrEqual(0.9);
  });

  it('writes an article that passes check, with a review report; qa runs on it', async () => {
    const content = emptyContent();
    const out = path.join(content, 'articles');
    const result = await run(['align', path.join(inputs, 'zh.md'), path.join(inputs, 'en.md'), '--out', out, '--content', content]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const folder = path.join(out, 'openai-turns-for-profit');
    expect(readdirSync(folder).sort()).toEqual(['ALIGNMENT.md', 'en.md', 'zh.md']);
    const zh = readFileSync(path.join(folder, 'zh.md'), 'utf8');
    expect(zh).toMatch(/^---\ntitle: 示例：OpenAI 的盈利转向\ndescription: 2019 年 3 月 11 日，OpenAI 宣布成立一家盈利公司。\nsource: https:\/\/example\.com\/2023\/03\/24\/openai-turns-for-profit\npublisher: Example\ndate: 2023-03-24\norigin: translation\n---\n\n<!-- unit u01 only -->\n\n> 原文链接/);
    const en = readFileSync(path.join(folder, 'en.md'), 'utf8');
    expect(en).toContain('<!-- unit u03 -->\n\nLess than six months later, Microsoft invested $1 billion in OpenAI.\n\nMicrosoft also supplied');
    expect(readFileSync(path.join(folder, 'ALIGNMENT.md'), 'utf8')).toMatch(/## Doubtful units \(1\)\n\n\| unit \|.*\n\|---.*\n\| u01 \| 0\.\d\d \| 1:0 \|/);
    expect(await run(['check', '--content', content])).toMatchObject({ code: 0, stdout: '' });
    expect((await run(['qa', '--json', '--content', content])).code).toBeLessThan(2);
  });

  it('refuses to overwrite an article unless --force', async () => {
    const content = emptyContent();
    const args = ['align', path.join(inputs, 'zh.md'), path.join(inputs, 'en.md'), '--out', content, '--slug', 'twice', '--content', content];
    expect((await run(args)).code).toBe(0);
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr: `duizhao align: ${path.join(content, 'twice')} already exists (pass --force to replace it)\n` });
    expect((await run([...args, '--force'])).code).toBe(0);
    expect(readdirSync(content).sort()).toEqual(['glossary.yaml', 'twice']);
  });

  it.each([
    ['an empty file', 'empty.md', 'en.md', 'empty.md:1: file is empty'],
    ['no paragraphs', 'blank.md', 'en.md', 'blank.md:1: no paragraphs (only blank lines or frontmatter)'],
    ['binary junk', 'binary.md', 'en.md', 'binary.md:1: not UTF-8 text (binary data?)'],
    ['both files in English', 'en.md', 'en.md', "en.md:1: text looks English, expected Chinese: `# Example: OpenAI's turn to profit`"],
    ['both files in Chinese', 'zh.md', 'zh.md', 'zh.md:1: text looks Chinese, expected English: `# 示例：OpenAI 的盈利转向 | Example`'],
    ['a missing file', 'nope.md', 'en.md', 'nope.md: cannot read the file (ENOENT)'],
  ])('rejects %s: one line, exit 2, nothing written', async (_name, zh, en, message) => {
    const out = path.join(temp(), 'out');
    const result = await run(['align', zh, en, '--out', out], inputs);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `duizhao align: ${message}\n` });
    expect(existsSync(out)).toBe(false);
  });

  it('asks for --out or --json, and a valid slug', async () => {
    expect((await run(['align', 'zh.md', 'en.md'], inputs)).stderr).toBe('duizhao align: nothing to do: pass --out <dir> or --json\n');
    expect((await run(['align', 'zh.md', 'en.md', '--out', temp(), '--slug', 'Bad Slug'], inputs)).stderr).toBe(
      'duizhao align: --slug `Bad Slug` is not a kebab-case slug (a-z, 0-9, single hyphens)\n',
    );
    expect((await run(['align', 'zh.md'], inputs)).code).toBe(2);
  });

  const seed = path.resolve(root, '../shared/seed/000_4bed199a7284f553.txt');
  it.skipIf(!existsSync(seed))('turns the seed text and the shipped English into an article that passes check', async () => {
    const content = emptyContent();
    cpSync(path.join(root, 'content/glossary.yaml'), path.join(content, 'glossary.yaml'));
    const en = path.join(root, 'content/articles/the-secret-history-of-elon-musk-sam-altman-and-openai/en.md');
    const result = await run(['align', seed, en, '--out', path.join(content, 'articles'), '--content', content]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/image `img\/ba9c3bd6380beea328033e9d1c073ca8\.png` not found next to the input: left out of zh\.md/);
    expect(await run(['check', '--content', content])).toMatchObject({ code: 0, stdout: '' });
    expect(await run(['qa', '--content', content])).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('duizhao qa', () => {
  it('passes the shipped content and lists issues as JSON', async () => {
    expect(await run(['qa'])).toEqual({ code: 0, stdout: '', stderr: 'qa: 21 units in 1 article, 0 issues\n' });
    const dir = temp();
    cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    const en = path.join(dir, 'articles/sample/en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('In 2018, Musk left', 'In 2019, he left'));
    const result = await run(['qa', 'sample', '--json', '--content', '.'], dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).issues.map((i: Record<string, unknown>) => [i.unit, i.kind, i.term, i.side])).toEqual([
      ['u01', 'term', 'elon-musk', 'en'],
      ['u01', 'number', '2018', 'en'],
      ['u01', 'number', '2019', 'zh'],
    ]);
    const human = await run(['qa', '--content', '.'], dir);
    expect(human.stdout.split('\n')[0]).toBe('articles/sample/en.md:10:1: u01: term: zh has `马斯克` (elon-musk) but en has none of `Elon Musk`, `Musk`');
  });

  it('exits 2 for an unknown slug or content that does not load', async () => {
    expect(await run(['qa', 'nope', '--content', path.join(fixtures, 'content')])).toEqual({ code: 2, stdout: '', stderr: 'duizhao qa: no article `nope` (have: sample)\n' });
    const dir = temp();
    cpSync(path.join(fixtures, 'content'), dir, { recursive: true });
    rmSync(path.join(dir, 'articles/sample/en.md'));
    expect(await run(['qa', '--content', '.'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'duizhao qa: articles/sample/en.md:1:1: file is missing or unreadable (run `duizhao check` first)\n',
    });
  });
});
