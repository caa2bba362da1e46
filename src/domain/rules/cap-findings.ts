/**
 * The validator's bound on output: whatever a rule finds, each object carries at most
 * {@link MAX_FINDINGS_PER_OBJECT} findings of that rule, and one summary finding counts the rest. One
 * shared mechanism for every rule, so no rule needs its own special case and no design, however hostile,
 * turns into millions of findings.
 */
import type { DesignIndex } from '../model/design-index';
import { entityCollections } from '../model/schema';
import { nameOf, plural } from './shared/names';
import type { Finding, Rule } from './types';

/** Findings of one rule kept per object (the finding's first object, its main culprit). */
export const MAX_FINDINGS_PER_OBJECT = 5;

/** The display name of the object with `id`, or the id itself. */
function displayName(id: string, index: DesignIndex): string {
  for (const key of entityCollections) {
    const entity = index[key].get(id) as { id: string; name?: string } | undefined;
    if (entity) return typeof entity.name === 'string' ? nameOf({ id, name: entity.name }) : id;
  }
  return id;
}

/**
 * `findings` of `rule` with at most {@link MAX_FINDINGS_PER_OBJECT} per main culprit, in their order;
 * the findings past the cap become one summary per culprit, after the kept ones. Linear in the number of
 * findings.
 */
export function capFindingsPerObject(
  rule: Pick<Rule, 'id' | 'severity' | 'docs' | 'title'>,
  findings: readonly Finding[],
  index: DesignIndex,
): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_OBJECT) return findings as Finding[];
  const kept = new Map<string, number>();
  const dropped = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const culprit = f.objectIds[0] ?? '';
    const n = kept.get(culprit) ?? 0;
    if (n < MAX_FINDINGS_PER_OBJECT) {
      kept.set(culprit, n + 1);
      out.push(f);
    } else dropped.set(culprit, (dropped.get(culprit) ?? 0) + 1);
  }
  for (const [culprit, count] of dropped) {
    const on = culprit === '' ? 'the design' : displayName(culprit, index);
    const summary: Finding = {
      ruleId: rule.id,
      severity: rule.severity,
      message: `…and ${plural(count, 'more finding')} of ${rule.id} (${rule.title}) on ${on}, not listed one by one: fix the ones above and validate again.`,
      objectIds: culprit === '' ? [] : [culprit],
      omitted: count,
    };
    if (rule.docs) summary.docs = rule.docs;
    out.push(summary);
  }
  return out;
}
