import { type Design, entityCollections } from '../../domain/model/schema';
import type { Finding } from '../../domain/rules/types';
import { validateDesign } from '../../domain/rules/validate';

let last: { collections: unknown[]; findings: Finding[] } | undefined;

/**
 * The design's findings, as the same array while no entity collection changed. Rules never read the
 * layout, so moving objects on the canvas neither re-validates for the panels nor redraws them.
 */
export function findingsOf(design: Design): Finding[] {
  const collections = entityCollections.map((k) => design[k]);
  if (last && collections.every((c, i) => c === last?.collections[i])) return last.findings;
  const findings = validateDesign(design);
  last = { collections, findings };
  return findings;
}

/** Store selector form of `findingsOf`. */
export const selectPanelFindings = (s: { design: Design }): Finding[] => findingsOf(s.design);
