import { indexDesign } from '../model/design-index';
import { memoizeOnEntities } from '../model/memoize-on-entities';
import type { Design } from '../model/schema';
import { allRules } from './all-rules';
import { capFindingsPerObject } from './cap-findings';
import { type Finding, severityOrder } from './types';

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.objectIds[0] ?? '').localeCompare(b.objectIds[0] ?? '') ||
    a.ruleId.localeCompare(b.ruleId) ||
    // a summary of omitted findings follows the findings it continues
    (a.omitted ?? 0) - (b.omitted ?? 0) ||
    a.message.localeCompare(b.message)
  );
}

/**
 * Runs every rule of the catalogue, keeping at most a few findings of each rule per object (the rest are
 * counted in one summary finding, see `cap-findings.ts`). Findings are sorted (errors first, then by object, then rule) and
 * stable from run to run. A rule that throws on a half-drawn design is a bug; it is reported as a finding
 * rather than crashing the studio. Memoized on the design's objects (moving objects does not re-validate).
 */
export const validateDesign: (design: Design) => Finding[] = memoizeOnEntities(runRules);

function runRules(design: Design): Finding[] {
  const index = indexDesign(design);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    try {
      // push(...) would overflow the call stack on a very long list
      for (const f of capFindingsPerObject(rule, rule.check(design, index), index)) findings.push(f);
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Rule ${rule.id} could not check this design (${(e as Error).message}). Please report it.`,
        objectIds: [],
      });
    }
  }
  findings.sort(compareFindings);
  return findings;
}

export function countBySeverity(findings: readonly Finding[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
