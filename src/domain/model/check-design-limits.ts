/**
 * "Would this design be refused when it is opened again, and why?" The same limits the loader applies
 * after the schema (`parseDesign`), for callers holding a design in memory: the studio before it saves,
 * share links before they encode. Pure and linear in the design's size.
 */
import { DESIGN_LIMITS } from './design-limits';
import { referenceLists } from './kinds';
import type { LoadIssue } from './load-issues';
import { type Design, entityCollections } from './schema';
import { serializeDesign } from './serialize-design';

export interface DesignSizes {
  /** Objects in all collections. */
  entities: number;
  /** Ids in all reference lists. */
  references: number;
  /** Characters of the design file VNet Studio writes for it. */
  fileText: number;
}

export type DesignLimitCheck =
  | { ok: true; sizes: DesignSizes }
  | { ok: false; sizes: DesignSizes; issues: LoadIssue[] };

/** At most this many issues are listed; the first says enough to act on. */
const MAX_ISSUES = 20;

/**
 * Checks a design against every limit in `DESIGN_LIMITS` that its shape alone does not enforce: objects in
 * all, items per list, ids per reference list and in all, and the size of its file. A design that passes
 * (and that the schema accepts, as every design the studio builds does) is accepted again by the studio's
 * Open, the CLI and, when its link is not over `linkText`, by share links.
 * @example checkDesignLimits(design).ok // false with code 'too-large' when its file would pass 4 MiB
 */
export function checkDesignLimits(design: Design): DesignLimitCheck {
  const issues: LoadIssue[] = [];
  const add = (issue: LoadIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  let entities = 0;
  for (const key of entityCollections) {
    const n = design[key].length;
    entities += n;
    if (n > DESIGN_LIMITS.listItems) {
      add({
        code: 'too-many-items',
        path: `$.${key}`,
        message: `${n} ${key}; a design holds at most ${DESIGN_LIMITS.listItems}.`,
      });
    }
  }
  if (entities > DESIGN_LIMITS.entities) {
    add({
      code: 'too-many-entities',
      path: '$',
      message: `The design has ${entities} objects; the limit is ${DESIGN_LIMITS.entities}.`,
    });
  }
  let references = 0;
  for (const [collection, field] of referenceLists) {
    const owners = design[collection] as ReadonlyArray<Record<string, unknown>>;
    owners.forEach((owner, i) => {
      const list = owner[field];
      if (!Array.isArray(list)) return;
      references += list.length;
      if (list.length > DESIGN_LIMITS.referencesPerList) {
        add({
          code: 'too-many-references',
          path: `$.${collection}[${i}].${field}`,
          message: `${list.length} references; one object refers to at most ${DESIGN_LIMITS.referencesPerList} others in one list.`,
        });
      }
    });
  }
  if (references > DESIGN_LIMITS.references) {
    add({
      code: 'too-many-references',
      path: '$',
      message: `The design holds ${references} references between objects; the limit is ${DESIGN_LIMITS.references}.`,
    });
  }
  // Only a design within the counts is serialized: a hostile one is refused without building its text.
  const fileText = issues.length === 0 ? serializeDesign(design).length : 0;
  if (fileText > DESIGN_LIMITS.fileText) {
    add({
      code: 'too-large',
      path: '$',
      message: `The design's file would be ${formatMiB(fileText)}; a design file is at most ${formatMiB(DESIGN_LIMITS.fileText)}. Split it into several designs.`,
    });
  }
  const sizes = { entities, references, fileText };
  return issues.length === 0 ? { ok: true, sizes } : { ok: false, sizes, issues };
}

/** "4.0 MiB" */
export function formatMiB(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MiB`;
}
