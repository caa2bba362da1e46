/**
 * Module-scope selectors: derived data is computed from the design (memoized on the design object by
 * the domain), never stored.
 */

import type { Finding } from '../domain/rules/types';
import { validateDesign } from '../domain/rules/validate';
import { validatesInBackground } from './analysis-size';
import type { StudioState } from './studio-store';

const NO_FINDINGS: Finding[] = [];

export const selectDesign = (s: StudioState) => s.design;
export const selectSelection = (s: StudioState) => s.selection;
/**
 * The design's findings: computed in place for ordinary designs; for large ones, the latest findings
 * computed in the background (possibly for an earlier version of the design, see `selectFindingsUpdating`).
 */
export const selectFindings = (s: StudioState): Finding[] =>
  validatesInBackground(s.design) ? (s.analysis?.findings ?? NO_FINDINGS) : validateDesign(s.design);
/** True while the findings shown are for an earlier version of the design (being recomputed). */
export const selectFindingsUpdating = (s: StudioState): boolean =>
  validatesInBackground(s.design) && s.analysis?.design !== s.design;
export const selectCanUndo = (s: StudioState) => s.past.length > 0;
export const selectCanRedo = (s: StudioState) => s.future.length > 0;
export const selectNotice = (s: StudioState) => s.notice;

const findingsByObjectCache = new WeakMap<Finding[], Map<string, Finding[]>>();

/** Findings indexed by every object they involve (for canvas badges). */
export function findingsByObject(findings: Finding[]): Map<string, Finding[]> {
  const hit = findingsByObjectCache.get(findings);
  if (hit) return hit;
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of f.objectIds) {
      const list = map.get(id);
      if (list) list.push(f);
      else map.set(id, [f]);
    }
  }
  findingsByObjectCache.set(findings, map);
  return map;
}
