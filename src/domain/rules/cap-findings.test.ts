import { describe, expect, it } from 'vitest';
import { indexDesign } from '../model/design-index';
import { createEnvironment, createPolicy } from '../model/factories';
import { createBaseDesign } from '../testing/base-design';
import { variant } from '../testing/rule-fixture';
import { capFindingsPerObject, MAX_FINDINGS_PER_OBJECT } from './cap-findings';
import type { Finding } from './types';

const rule = {
  id: 'TEST001',
  severity: 'warning' as const,
  title: 'A test rule',
  docs: 'https://example.org/',
};
const on = (id: string, n: number): Finding => ({
  ruleId: rule.id,
  severity: rule.severity,
  message: `finding ${n} on ${id}`,
  objectIds: [id, 'other'],
});

describe('capping findings per object', () => {
  const design = variant((d) => {
    d.environments.push(createEnvironment({ id: 'env-x', name: 'Contoso Dev' }));
  });
  const index = indexDesign(design);

  it('keeps the first findings of each object and counts the rest in one summary', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => on('env-x', i)),
      ...Array.from({ length: 3 }, (_, i) => on('env-y', i)),
    ];
    const capped = capFindingsPerObject(rule, findings, index);
    expect(capped.filter((f) => f.objectIds[0] === 'env-x')).toHaveLength(MAX_FINDINGS_PER_OBJECT + 1);
    expect(capped.filter((f) => f.objectIds[0] === 'env-y')).toHaveLength(3);
    expect(capped.slice(0, MAX_FINDINGS_PER_OBJECT).map((f) => f.message)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_OBJECT }, (_, i) => `finding ${i} on env-x`),
    );
    const summary = capped[capped.length - 1];
    expect(summary).toMatchObject({ ruleId: 'TEST001', severity: 'warning', objectIds: ['env-x'] });
    expect(summary?.docs).toBe(rule.docs);
    expect(summary?.message).toContain(`${12 - MAX_FINDINGS_PER_OBJECT} more findings of TEST001`);
    expect(summary?.message).toContain('Contoso Dev');
  });

  it('leaves findings within the cap untouched', () => {
    const findings = Array.from({ length: MAX_FINDINGS_PER_OBJECT }, (_, i) => on(`obj-${i % 2}`, i));
    expect(capFindingsPerObject(rule, findings, index)).toEqual(findings);
  });

  it('bounds 100,000 findings on one object to the cap plus one summary', () => {
    const findings = Array.from({ length: 100_000 }, (_, i) => on('env-x', i));
    expect(capFindingsPerObject(rule, findings, index)).toHaveLength(MAX_FINDINGS_PER_OBJECT + 1);
  });

  it('is applied by the validator to every rule', async () => {
    const { validateDesign } = await import('./validate');
    // One environment linked to 40 policies of another geography: POL/ENV rules report per link.
    const d = variant((x) => {
      for (let i = 0; i < 40; i++) {
        x.policies.push(createPolicy({ id: `pol-x${i}`, location: 'europe', subnetIds: [] }));
        x.environments[0]!.policyIds.push(`pol-x${i}`);
      }
    }, createBaseDesign());
    const findings = validateDesign(d);
    const perRuleAndObject = new Map<string, number>();
    for (const f of findings) {
      const key = `${f.ruleId} ${f.objectIds[0]}`;
      perRuleAndObject.set(key, (perRuleAndObject.get(key) ?? 0) + 1);
    }
    for (const n of perRuleAndObject.values()) expect(n).toBeLessThanOrEqual(MAX_FINDINGS_PER_OBJECT + 1);
    // ENV004 finds 40 mismatched links on the one environment: five are listed, one summary counts 35.
    const env004 = findings.filter((f) => f.ruleId === 'ENV004');
    expect(env004).toHaveLength(MAX_FINDINGS_PER_OBJECT + 1);
    expect(env004[env004.length - 1]?.omitted).toBe(40 - MAX_FINDINGS_PER_OBJECT);
  });
});
