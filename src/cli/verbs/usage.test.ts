import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { runCli } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('usage verb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usage-verb-'));
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(whitepaperScenario1()));

  it('prints each delegated subnet with size, reserved, demand and headroom, and VNet totals', async () => {
    const r = await run(['usage', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('vnet1-westus (West US): 65,536 addresses, 512 in subnets, 65,024 free');
    expect(r.out).toContain(
      'snet-powerplatform /24: 256 addresses, 5 Azure-reserved, estimated demand 45 (1 production, 1 non-production), headroom 211',
    );
  });

  it('counts the failover twin once in the total: scenario 1 needs 45 addresses, not 90', async () => {
    const r = await run(['usage', file]);
    expect(r.out).toMatch(/2 delegated subnets \(1 failover pair, counted once\), estimated demand 45$/m);
    const json = JSON.parse((await run(['usage', file, '--json'])).out);
    expect(json.powerPlatformDemand).toBe(45);
  });

  it('prints JSON with --json', async () => {
    const r = await run(['usage', file, '--json']);
    const json = JSON.parse(r.out);
    expect(json.vnets[0].subnets[0].demand.estimated).toBe(45);
  });

  it('asks for a valid prefix instead of printing headroom for an invalid one', async () => {
    const design = whitepaperScenario1();
    design.subnets[0]!.prefix = '10.10.0.5/24';
    const f = join(dir, 'invalid-prefix.json');
    writeFileSync(f, JSON.stringify(design));
    const r = await run(['usage', f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'snet-powerplatform (invalid prefix "10.10.0.5/24"): 0 addresses, 0 Azure-reserved, estimated demand 45 (1 production, 1 non-production; smallest fit /26): fix the prefix to see headroom',
    );
    expect(r.out).not.toContain('Infinity');
  });

  it('exits 2 on bad input', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": 1}');
    expect((await run(['usage', bad])).code).toBe(2);
    expect((await run(['usage', join(dir, 'missing.json')])).code).toBe(2);
    expect((await run(['usage'])).code).toBe(2);
  });
});
