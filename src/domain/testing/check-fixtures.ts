import { expect, it } from 'vitest';
import { ruleCatalog } from '../rules/rule-catalog';
import { validateDesign } from '../rules/validate';
import type { RuleFixture } from './rule-fixture';

/**
 * Registers one Vitest case per fixture: the trigger design yields the rule's finding(s) with the
 * catalogue severity and the expected objects, the near miss yields none; neither hits the fallback.
 */
export function checkFixtures(fixtures: readonly RuleFixture[]): void {
  for (const f of fixtures) {
    it(`${f.ruleId}: ${f.name}`, () => {
      const all = validateDesign(f.trigger);
      expect(all.filter((x) => x.message.includes('could not check'))).toEqual([]);
      const hits = all.filter((x) => x.ruleId === f.ruleId);
      expect(hits.length, JSON.stringify(hits)).toBe(f.count ?? 1);
      const first = hits[0];
      expect(first?.severity).toBe(ruleCatalog[f.ruleId]?.severity);
      expect(first?.objectIds).toEqual(f.objectIds);
      if (f.message) expect(first?.message).toMatch(f.message);
      const nearAll = validateDesign(f.near);
      expect(nearAll.filter((x) => x.message.includes('could not check'))).toEqual([]);
      expect(nearAll.filter((x) => x.ruleId === f.ruleId)).toEqual([]);
    });
  }
}
