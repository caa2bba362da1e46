import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../rules/render-rules-doc';
import { sampleDesigns } from '../samples';
import { designJsonSchema } from './json-schema';
import { MAX_DESIGN_TEXT, parseDesign, parseDesignJson } from './load';
import { DESIGN_VERSION } from './schema';

const scenario1 = () => sampleDesigns[0]!.create();

function errorsOf(input: unknown) {
  const r = typeof input === 'string' ? parseDesignJson(input) : parseDesign(input);
  if (r.ok) throw new Error('expected a load error');
  return r.errors;
}

describe('loading designs', () => {
  it.each(sampleDesigns.map((s) => [s.key, s]))(
    'round-trips sample %s through JSON unchanged',
    (_key, sample) => {
      const design = sample.create();
      const r = parseDesignJson(JSON.stringify(design));
      expect(r).toEqual({ ok: true, design });
    },
  );

  it.each(sampleDesigns.map((s) => [s.key, s]))(
    'keeps examples/%s.json in step with the sample',
    (key, sample) => {
      const file = JSON.parse(readFileSync(`examples/${key}.json`, 'utf8'));
      expect(file).toEqual(sample.create());
    },
  );

  it('keeps docs/rules.md in step with the rules', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc());
  });

  it('keeps the committed JSON Schema in step with the runtime schema', () => {
    expect(JSON.parse(readFileSync('docs/design.schema.json', 'utf8'))).toEqual(designJsonSchema());
  });

  it('rejects malformed JSON with a clear message', () => {
    expect(errorsOf('{"format": ')[0]).toMatchObject({ code: 'invalid-json', path: '$' });
  });

  it('rejects documents that are not designs', () => {
    expect(errorsOf([])[0]?.code).toBe('not-a-design');
    expect(errorsOf({ format: 'something-else' })[0]).toMatchObject({
      code: 'not-a-design',
      path: '$.format',
    });
  });

  it('rejects newer and unknown versions', () => {
    expect(errorsOf({ ...scenario1(), version: DESIGN_VERSION + 1 })[0]).toMatchObject({
      code: 'newer-version',
    });
    expect(errorsOf({ ...scenario1(), version: 'one' })[0]).toMatchObject({ code: 'unknown-version' });
    expect(errorsOf({ ...scenario1(), version: 0 })[0]).toMatchObject({ code: 'unknown-version' });
  });

  it('names the JSON path of a wrong type', () => {
    const d = scenario1() as unknown as { vnets: Array<Record<string, unknown>> };
    d.vnets[1]!.addressPrefixes = '10.0.0.0/16';
    expect(errorsOf(d)[0]).toMatchObject({ code: 'schema', path: '$.vnets[1].addressPrefixes' });
  });

  it('rejects unknown properties, including prototype keys', () => {
    const d = JSON.parse(
      JSON.stringify(scenario1()).replace('"id":"env-prod",', '"id":"env-prod","__proto__":{"x":1},'),
    );
    expect(errorsOf(d)[0]).toMatchObject({ code: 'schema', path: '$.environments[0]' });
  });

  it('reports dangling references with their path', () => {
    const d = scenario1();
    d.subnets[0]!.vnetId = 'vnet-missing';
    expect(errorsOf(d)).toEqual([
      expect.objectContaining({ code: 'dangling-reference', path: '$.subnets[0].vnetId' }),
    ]);
  });

  it('reports references to the wrong kind of object', () => {
    const d = scenario1();
    d.policies[0]!.subnetIds[0] = 'vnet1';
    expect(errorsOf(d)[0]).toMatchObject({ code: 'dangling-reference', path: '$.policies[0].subnetIds[0]' });
  });

  it('reports duplicate ids across collections', () => {
    const d = scenario1();
    d.resources[0]!.id = 'env-prod';
    expect(errorsOf(d).map((e) => e.code)).toContain('duplicate-id');
  });

  it('refuses oversized text before parsing', () => {
    expect(errorsOf(' '.repeat(MAX_DESIGN_TEXT + 1))[0]?.code).toBe('too-large');
  });

  it('refuses absurd object counts', () => {
    const d = { ...scenario1(), subnets: new Array(30000).fill({}) };
    expect(errorsOf(d)[0]?.code).toBe('too-many-entities');
  });
});

describe('prototype-named ids', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the id %s with a schema error', (bad) => {
    const d = sampleDesigns[0]!.create();
    d.environments[0]!.id = bad;
    expect(errorsOf(JSON.parse(JSON.stringify(d)))[0]).toMatchObject({
      code: 'schema',
      path: '$.environments[0].id',
    });
  });
});
