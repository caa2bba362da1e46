import type { Design } from '../model/schema';
import { createBaseDesign } from './base-design';

/** A design that triggers a rule, and a close design that doesn't. */
export interface RuleFixture {
  ruleId: string;
  /** What the pair shows. */
  name: string;
  trigger: Design;
  /** The objectIds of the expected finding, culprit first. */
  objectIds: string[];
  /** How many findings of this rule the trigger yields (default 1). */
  count?: number;
  /** Text the message must contain. */
  message?: string | RegExp;
  near: Design;
}

/** A copy of the base design changed by `edit` (which may mutate its argument). */
export function variant(edit: (d: Design) => void, from: Design = createBaseDesign()): Design {
  const d = structuredClone(from);
  edit(d);
  return d;
}
