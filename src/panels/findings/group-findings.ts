import type { Finding, Severity } from '../../domain/rules/types';

export interface FindingGroup {
  severity: Severity;
  /** "Errors", "Warnings", "Info". */
  title: string;
  findings: Finding[];
}

const titles: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const order: readonly Severity[] = ['error', 'warning', 'info'];

/** Whether a finding involves any of the given objects. */
export function involvesAny(finding: Finding, ids: ReadonlySet<string>): boolean {
  return finding.objectIds.some((id) => ids.has(id));
}

/**
 * Findings grouped by severity (errors, warnings, info), keeping the validator's order inside each group.
 * With `onlyIds`, only findings involving one of those objects remain. Empty groups are kept so that
 * headings and counts never jump around.
 */
export function groupFindings(findings: readonly Finding[], onlyIds?: ReadonlySet<string>): FindingGroup[] {
  const groups = order.map((severity) => ({ severity, title: titles[severity], findings: [] as Finding[] }));
  const bySeverity = new Map(groups.map((g) => [g.severity, g]));
  for (const f of findings) {
    if (onlyIds && !involvesAny(f, onlyIds)) continue;
    bySeverity.get(f.severity)?.findings.push(f);
  }
  return groups;
}

/** The findings tab's label: "Findings", or with counts ("Findings: 2 errors, 1 warning"). */
export function findingsTabLabel(counts: Record<Severity, number>): string {
  const parts = [
    counts.error ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : '',
    counts.warning ? `${counts.warning} warning${counts.warning === 1 ? '' : 's'}` : '',
    counts.info ? `${counts.info} info` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Findings: none' : `Findings: ${parts.join(', ')}`;
}

/** A stable key for a finding in a list (rule + objects + message). */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.objectIds.join(',')}|${f.message}`;
}
