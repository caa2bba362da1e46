/**
 * Module-scope selectors: derived data is computed from the design (memoized on the design object by
 * the domain), never stored.
 */

import type { Finding } from '../domain/rules/types';
import { validateDesign } from '../domain/rules/validate';
import type { StudioState } from './studio-store';

export const selectDesign = (s: StudioState) => s.design;
export const selectSelection = (s: StudioState) => s.selection;
export const selectFindings = (s: StudioState): Finding[] => validateDesign(s.design);
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

const findingsByCulpritCache = new WeakMap<Finding[], Map<string, Finding[]>>();

/** Findings indexed by their main culprit only (the object to change): what canvas badges count. */
export function findingsByCulprit(findings: Finding[]): Map<string, Finding[]> {
  const hit = findingsByCulpritCache.get(findings);
  if (hit) return hit;
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.objectIds[0];
    if (id === undefined) continue;
    const list = map.get(id);
    if (list) list.push(f);
    else map.set(id, [f]);
  }
  findingsByCulpritCache.set(findings, map);
  return map;
}

export const selectContext = (s: StudioState) => s.context;
