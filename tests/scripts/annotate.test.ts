import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it, expect } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/annotate.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zfl-annotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  // process.execPath is the pinned Node 24 when vitest runs under it (type stripping needed).
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface JsonLine {
  file: string;
  mentions: Array<{ start: number; end: number; text: string; kind: string; entity: string; category: string; commitments: string[] }>;
}

describe('npm run annotate -- --json', () => {
  it('prints one JSON object per file with offsets into the text as read (BOM kept)', () => {
    const text = '\ufeff最高检将聚焦食品安全问题。\r\n美国司法部起诉五人，司法部称';
    const p = file('a.txt', text);
    const r = cli('--json', p);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!) as JsonLine;
    expect(Object.keys(obj)).toEqual(['file', 'mentions']);
    expect(obj.file).toBe(p);
    expect(obj.mentions.map((m) => [m.text, m.kind, m.entity, m.category])).toEqual([
      ['最高检', 'agency', '最高人民检察院', 'agency'],
      ['食品安全', 'term', '食品安全', 'livelihood'],
    ]);
    for (const m of obj.mentions) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'kind', 'entity', 'category', 'commitments']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(Array.isArray(m.commitments)).toBe(true);
    }
    expect(obj.mentions[0]!.start).toBe(1); // after the BOM
  });

  it('annotates HTML by visible text, per flow', () => {
    const p = file('p.html', '<p>最高人民<b>法院</b>发布</p><script>公安部</script><p hidden>公安部</p><p>公安<br>部署</p>');
    const r = cli('--json', p);
    expect(r.status).toBe(0);
    const obj = JSON.parse(r.stdout) as JsonLine;
    expect(obj.mentions.map((m) => m.text)).toEqual(['最高人民法院']);
  });

  it('reports bad inputs on stderr, one line each, processes the rest, exits non-zero', () => {
    const good = file('good.txt', '公安部');
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    const bin = file('bin.dat', Buffer.from([0x41, 0x00, 0x42]));
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const r = cli('--json', join(dir, 'missing.txt'), sub, bin, latin1, good);
    expect(r.status).not.toBe(0);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/sub: is a directory/);
    expect(errors[2]).toMatch(/bin\.dat: binary file/);
    expect(errors[3]).toMatch(/latin1\.txt: not valid UTF-8/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonLine);
    expect(out).toHaveLength(1);
    expect(out[0]!.file).toBe(good);
    expect(out[0]!.mentions[0]!.entity).toBe('公安部');
  });

  it('--site=HOST reads the files as pages of that site (a Taiwanese outlet\'s bare 最高法院 is Taiwan\'s court)', () => {
    const text = '最高法院今天駁回上訴，全案定讞。中國最高法院發布司法解釋。';
    const txt = file('tw.txt', text);
    const html = file('tw.html', `<p>${text}</p>`);
    const at = (args: string[]) => cli('--json', ...args).stdout.trim().split('\n').map((l) => (JSON.parse(l) as JsonLine).mentions.map((m) => m.start));
    const prc = text.indexOf('中國') + 2;
    expect(at(['--site=news.ltn.com.tw', txt, html])).toEqual([[prc], [prc]]);
    expect(at([txt])).toEqual([[0, prc]]);
    expect(at(['--site=www.news.cn', txt])).toEqual([[0, prc]]);
    // A saved page states its own address: read as a page of that site, unless --site says otherwise.
    const saved = file('saved.html', `<head><link rel="canonical" href="https://news.ltn.com.tw/news/1"></head><p>${text}</p>`);
    expect(at([saved])).toEqual([[prc]]);
    expect(at(['--site=www.news.cn', saved])).toEqual([[0, prc]]);
    const bad = cli('--site=not a host', txt);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--site wants a host name/);
  });

  it('empty file → no mentions; no files → usage, exit 2', () => {
    const r = cli('--json', file('empty.txt', ''));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: join(dir, 'empty.txt'), mentions: [] });
    const u = cli();
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/usage/);
  });
});

describe('npm run annotate (readable report)', () => {
  it('highlights mentions in context and counts per entity', () => {
    const r = cli(file('r.txt', '公安部和公安部以及最高法'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('【公安部】');
    expect(r.stdout).toMatch(/2\s+agency 公安部/);
    expect(r.stdout).toMatch(/1\s+agency 最高人民法院/);
  });
});
