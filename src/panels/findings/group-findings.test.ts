import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../domain/model/operations';
import type { Finding } from '../../domain/rules/types';
import { countBySeverity, validateDesign } from '../../domain/rules/validate';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { findingKey, findingsTabLabel, groupFindings } from './group-findings';

const f = (ruleId: string, severity: Finding['severity'], objectIds: string[]): Finding => ({
  ruleId,
  severity,
  message: `${ruleId} on ${objectIds.join(', ')}`,
  objectIds,
});

describe('groupFindings', () => {
  const findings = [
    f('A1', 'error', ['x']),
    f('B1', 'warning', ['y']),
    f('A2', 'error', ['y', 'z']),
    f('C1', 'info', []),
  ];

  it('groups by severity in the order errors, warnings, info, keeping order inside a group', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.title, g.findings.map((x) => x.ruleId)])).toEqual([
      ['Errors', ['A1', 'A2']],
      ['Warnings', ['B1']],
      ['Info', ['C1']],
    ]);
  });

  it('keeps only findings involving the given objects, and keeps empty groups', () => {
    const groups = groupFindings(findings, new Set(['y']));
    expect(groups.map((g) => g.findings.map((x) => x.ruleId))).toEqual([['A2'], ['B1'], []]);
  });

  it('labels the tab with counts', () => {
    expect(findingsTabLabel({ error: 2, warning: 1, info: 0 })).toBe('Findings: 2 errors, 1 warning');
    expect(findingsTabLabel({ error: 0, warning: 0, info: 3 })).toBe('Findings: 3 info');
    expect(findingsTabLabel({ error: 0, warning: 0, info: 0 })).toBe('Findings: none');
  });

  it('keys findings by rule, objects and message', () => {
    expect(findingKey(f('A1', 'error', ['x', 'y']))).toBe('A1|x,y|A1 on x, y');
  });

  it('groups the validator output of a real design: a /25 twin subnet raises an error involving both subnets', () => {
    const design = updateEntity(whitepaperScenario1(), 'subnets', 'snet-pp-eus', { prefix: '10.20.0.0/25' });
    const findings = validateDesign(design);
    const groups = groupFindings(findings, new Set(['snet-pp-wus']));
    const errors = groups[0]?.findings ?? [];
    expect(errors.some((x) => x.objectIds.includes('snet-pp-eus'))).toBe(true);
    const counts = countBySeverity(findings);
    expect(groupFindings(findings).map((g) => g.findings.length)).toEqual([
      counts.error,
      counts.warning,
      counts.info,
    ]);
  });
});
