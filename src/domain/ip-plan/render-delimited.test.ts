import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createNsg,
  createPolicy,
  createSubnet,
  createVnet,
} from '../model/factories';
import { buildIpPlan } from './build-ip-plan';
import { formatIpPlanCell, ipPlanColumns } from './columns';
import { parseCsv } from './parse-csv';
import { guardFormula, quoteCsvField, renderIpPlanCsv, renderIpPlanTsv } from './render-delimited';

const hostile = [
  'say "hi", then leave',
  'two\nlines\r\nand a CR\r',
  'tab\there',
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tleading tab',
  '🚀 rocket, 👩‍💻 coder',
  "'already quoted",
  '<script>alert(1)</script>',
];

function hostileDesign() {
  return createDesign({
    environments: hostile.map((name, i) =>
      createEnvironment({ id: `e${i}`, name, type: i % 2 ? 'Sandbox' : 'Production', policyIds: ['p'] }),
    ),
    policies: [createPolicy({ id: 'p', subnetIds: ['s0'] })],
    vnets: [createVnet({ id: 'v', name: 'vnet "main", 🌍', addressPrefixes: ['10.0.0.0/16'] })],
    nsgs: [createNsg({ id: 'n', name: '=cmd|" /C calc"!A0' })],
    subnets: hostile.map((name, i) =>
      i === 0
        ? createDelegatedSubnet({ id: `s${i}`, vnetId: 'v', name, prefix: '10.0.0.0/27', nsgId: 'n' })
        : createSubnet({ id: `s${i}`, vnetId: 'v', name, prefix: `10.0.${i}.0/24` }),
    ),
  });
}

/** Undoes the formula guard: exactly one leading apostrophe is removed. */
const unguard = (s: string) => (s.startsWith("'") ? s.slice(1) : s);

describe('guardFormula and quoteCsvField', () => {
  it('guards exactly the formula starts', () => {
    for (const s of ['=1', '+1', '-1', '@a', '\tx', '\rx', "'quoted", "'=x"])
      expect(guardFormula(s)).toBe(`'${s}`);
    for (const s of ['a=1', ' =1', '1-2', '', "x'"]) expect(guardFormula(s)).toBe(s);
  });

  it('quotes only when needed and doubles quotes', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "x"')).toBe('"say ""x"""');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
  });
});

describe('renderIpPlanCsv', () => {
  const rows = buildIpPlan(hostileDesign(), { includeFree: true });
  const csv = renderIpPlanCsv(rows);

  it('parses back to the same rows, hostile names included', () => {
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...records] = parsed.records;
    expect(header).toEqual(ipPlanColumns.map((c) => c.label));
    expect(records).toHaveLength(rows.length);
    records.forEach((record, r) => {
      const row = rows[r]!;
      expect(record.map(unguard)).toEqual(ipPlanColumns.map((c) => formatIpPlanCell(row, c.key)));
    });
    const names = records.map((rec) => unguard(rec[4]!)).filter(Boolean);
    expect(names.sort()).toEqual([...hostile].sort());
  });

  it('guards formula-like text but leaves numbers alone', () => {
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const subnets = parsed.records.map((r) => r[4]);
    expect(subnets).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(subnets).toContain("'-2+3");
    expect(subnets).toContain("'\tleading tab");
    const nsgs = parsed.records.map((r) => r[12]);
    expect(nsgs).toContain(`'=cmd|" /C calc"!A0`);
    // 11 environments (6 production, 5 sandbox) on a /27: 6·30 + 5·10 + 5 = 235 → headroom −203
    const headroom = parsed.records.find((r) => r[5] === '10.0.0.0/27')?.[16];
    expect(headroom).toBe('-203');
  });

  it('uses CRLF record ends and no stray empty record', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('Kind,VNet,Region,')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.records.every((r) => r.length === ipPlanColumns.length)).toBe(true);
  });

  it('writes only the chosen columns', () => {
    const some = ipPlanColumns.filter((c) => c.key === 'prefix' || c.key === 'usable');
    expect(renderIpPlanCsv(rows.slice(0, 1), { columns: some })).toBe('Prefix,Usable\r\n10.0.0.0/27,27\r\n');
  });
});

describe('renderIpPlanTsv', () => {
  const rows = buildIpPlan(hostileDesign());
  const tsv = renderIpPlanTsv(rows);

  it('keeps one line per row and one cell per column', () => {
    const lines = tsv.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(ipPlanColumns.length);
    expect(tsv).not.toContain('\r');
  });

  it('flattens line breaks and tabs inside cells and guards formulas', () => {
    const cells = tsv.split('\n').map((l) => l.split('\t')[4]);
    expect(cells).toContain('two lines and a CR ');
    expect(cells).toContain('tab here');
    expect(cells).toContain("' leading tab");
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain('🚀 rocket, 👩‍💻 coder');
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180 records', () => {
    expect(parseCsv('a,b\r\n"x ""y""","1\n2"\r\n,\r\n')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['x "y"', '1\n2'],
        ['', ''],
      ],
    });
    expect(parseCsv('last,line')).toEqual({ ok: true, records: [['last', 'line']] });
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it('reports malformed input without throwing', () => {
    expect(parseCsv('"open')).toMatchObject({ ok: false });
    expect(parseCsv('a"b,c')).toMatchObject({ ok: false });
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false });
  });
});

describe('CSV round trip (property)', () => {
  it('any subnet and environment names parse back to themselves', () => {
    const name = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), name, (names, envName) => {
        const design = createDesign({
          environments: [createEnvironment({ id: 'e', name: envName, policyIds: ['p'] })],
          policies: [createPolicy({ id: 'p', subnetIds: ['s0'] })],
          vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/16'] })],
          subnets: names.map((n, i) =>
            createDelegatedSubnet({ id: `s${i}`, vnetId: 'v', name: n, prefix: `10.0.${i}.0/24` }),
          ),
        });
        const rows = buildIpPlan(design);
        const parsed = parseCsv(renderIpPlanCsv(rows));
        if (!parsed.ok) return false;
        const records = parsed.records.slice(1);
        expect(records.map((r) => unguard(r[4] ?? ''))).toEqual(names);
        expect(unguard(records[0]?.[14] ?? '')).toBe(envName);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
