import { indexDesign } from '../model/design-index';
import type { Design } from '../model/schema';
import type { Finding, Rule } from '../rules/types';

/** Runs one rule on a design, as the validator would. */
export function runRule(rule: Rule, design: Design): Finding[] {
  return rule.check(design, indexDesign(design));
}
