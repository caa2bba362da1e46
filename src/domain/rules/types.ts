import type { DesignIndex } from '../model/design-index';
import type { Design } from '../model/schema';

export type Severity = 'error' | 'warning' | 'info';

/** One rule violation, in the design's own names. */
export interface Finding {
  /** Stable rule ID from the catalogue (`POL008`). */
  ruleId: string;
  severity: Severity;
  /** One line naming the objects by display name and saying what to change. */
  message: string;
  /** Ids of every object involved; the first is the main culprit. */
  objectIds: string[];
  /** Documentation link, where one exists. */
  docs?: string;
  /** Set on the summary that stands for this many further findings of the rule on the same object. */
  omitted?: number;
}

/** A rule: a small descriptor with a pure check. */
export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  docs?: string;
  check(design: Design, index: DesignIndex): Finding[];
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
