/**
 * Every exported ARM template validates against Azure's published ARM JSON schemas, also with unknown
 * properties treated as errors. Without ../shared/arm-schemas the check skips visibly (fails in CI).
 */
import { describe, expect, it } from 'vitest';
import { exportDesign } from './export-design';
import { hubAndSpokeFixture } from './fixtures/hub-and-spoke';
import { loadArmSchemaValidator, SCHEMA_ROOT } from './test-support/arm-schema-validator';
import { exportCases } from './test-support/export-cases';

const inCi = process.env.CI === 'true';
const strict = loadArmSchemaValidator({ strict: true });
const lenient = strict ? loadArmSchemaValidator({ strict: false }) : undefined;

describe('ARM schema availability', () => {
  it.runIf(inCi)('has the published schemas in CI', () => {
    expect(strict, `no ARM schemas at ${SCHEMA_ROOT}`).toBeDefined();
  });
  if (!strict && !inCi) {
    console.warn(`SKIPPED: ARM schemas not found at ${SCHEMA_ROOT}; the schema checks are skipped`);
    it.skip(`ARM schemas not found at ${SCHEMA_ROOT}: schema checks skipped`, () => {});
  }
});

describe.runIf(strict)('exported ARM templates against the published schemas', () => {
  const cases = exportCases();

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s is valid (strict: unknown properties are errors)',
    (_, c) => {
      const template = JSON.parse(c.arm);
      expect(lenient?.validate(template)).toEqual([]);
      expect(strict?.validate(template)).toEqual([]);
    },
  );

  it('rejects a misspelt property in strict mode only (the check can fail)', () => {
    const template = JSON.parse(exportDesign(hubAndSpokeFixture(), { target: 'arm' }).text);
    const vnet = template.resources.find(
      (r: { type: string }) => r.type === 'Microsoft.Network/virtualNetworks',
    );
    vnet.properties.adressSpace = vnet.properties.addressSpace;
    expect(lenient?.validate(template)).toEqual([]);
    expect(strict?.validate(template).join('\n')).toMatch(/adressSpace/);
  });

  it('rejects the old { value: [...] } shape of networkInjection.virtualNetworks', () => {
    const template = JSON.parse(exportDesign(hubAndSpokeFixture(), { target: 'arm' }).text);
    const policy = template.resources.find(
      (r: { type: string }) => r.type === 'Microsoft.PowerPlatform/enterprisePolicies',
    );
    const list = policy.properties.networkInjection.virtualNetworks;
    policy.properties.networkInjection.virtualNetworks = { value: list };
    expect(strict?.validate(template).length).toBeGreaterThan(0);
  });

  it('rejects a resource type and apiVersion it has no schema for', () => {
    const template = JSON.parse(exportDesign(hubAndSpokeFixture(), { target: 'arm' }).text);
    template.resources[0].apiVersion = '2099-01-01';
    expect(strict?.validate(template).join('\n')).toMatch(/no schema/);
  });
});
