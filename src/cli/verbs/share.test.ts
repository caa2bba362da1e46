import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSubnet, createVnet } from '../../domain/model/factories';
import { whitepaperScenario2 } from '../../domain/samples/whitepaper-scenario-2';
import { generateDesign } from '../../domain/share/fixtures/generated-design';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('share and open verbs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'share-verb-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario2()));

  it('prints a link on the default base that open turns back into the design', async () => {
    const shared = await run(['share', file]);
    expect(shared.code).toBe(0);
    expect(shared.err).toBe('');
    expect(shared.out).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#d1\.[A-Za-z0-9_-]+$/);
    const opened = await run(['open', shared.out]);
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.out)).toStrictEqual(whitepaperScenario2());
    const fragmentOnly = await run(['open', shared.out.slice(shared.out.indexOf('#'))]);
    expect(JSON.parse(fragmentOnly.out)).toStrictEqual(whitepaperScenario2());
  });

  it('uses --base and refuses a base that is not an http URL', async () => {
    const shared = await run(['share', file, '--base', 'https://vnet-studio.example/studio/?x=1#old']);
    expect(shared.out.startsWith('https://vnet-studio.example/studio/?x=1#d1.')).toBe(true);
    expect(await run(['share', file, '--base', 'not a url'])).toMatchObject({ code: 2 });
    expect(await run(['share', file, '--base', 'javascript:alert(1)'])).toMatchObject({ code: 2 });
  });

  it('warns on stderr when the link is longer than 2,000 characters', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify(generateDesign(60)));
    const shared = await run(['share', big]);
    expect(shared.code).toBe(0);
    expect(shared.out.length).toBeGreaterThan(2000);
    expect(shared.err).toMatch(/^warning: This design makes a link of \d+ characters/);
  });

  it('writes a link for a design of more than 5,000 objects that open accepts', async () => {
    const many = join(dir, 'many.json');
    const design = generateDesign(420);
    writeFileSync(many, JSON.stringify(design));
    const shared = await run(['share', many]);
    expect(shared.code).toBe(0);
    const opened = await run(['open', shared.out]);
    expect(opened.code).toBe(0);
    expect(Object.keys(JSON.parse(opened.out).layout)).toHaveLength(Object.keys(design.layout).length);
  });

  it('refuses, with exit 2, a design no link can carry and suggests the file', async () => {
    const design = whitepaperScenario2();
    design.vnets.push(createVnet({ id: 'big', addressPrefixes: ['10.200.0.0/16'] }));
    let x = 7;
    const noise = () =>
      Array.from({ length: 100 }, () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return String.fromCharCode(97 + ((x >>> 0) % 26));
      }).join('');
    for (let i = 0; i < 4000; i++) {
      design.subnets.push(
        createSubnet({ id: `s-${i}`, vnetId: 'big', name: noise(), prefix: '10.200.0.0/29' }),
      );
    }
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, JSON.stringify(design));
    const shared = await run(['share', huge]);
    expect(shared.code).toBe(2);
    expect(shared.out).toBe('');
    expect(shared.err).toMatch(/\(link-too-long\).*share the file instead/s);
  });

  it('exits 2 with a clear message on a bad link or a bad file', async () => {
    const bad = await run(['open', 'http://127.0.0.1:5173/#d1.AAAA']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Cannot open this link \(not-deflate\)/);
    expect((await run(['open', 'https://example.com/'])).err).toMatch(/\(not-a-link\)/);
    expect((await run(['open', 'https://example.com/#'])).err).toMatch(/\(empty\)/);
    expect((await run(['open'])).code).toBe(2);
    expect((await run(['share', join(dir, 'missing.json')])).code).toBe(2);
  });
});
