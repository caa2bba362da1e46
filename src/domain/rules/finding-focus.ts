import type { Finding } from './types';

/** What clicking a finding shows: the object to change, and the rest of its chain as context. */
export interface FindingFocus {
  /** The main culprit: the object whose change fixes the finding (the finding's first object). */
  fix: string[];
  /** Every other object involved, once each, in the finding's order. */
  context: string[];
}

export function findingFocus(finding: Pick<Finding, 'objectIds'>): FindingFocus {
  const [first, ...rest] = finding.objectIds;
  if (first === undefined) return { fix: [], context: [] };
  return { fix: [first], context: [...new Set(rest)].filter((id) => id !== first) };
}
