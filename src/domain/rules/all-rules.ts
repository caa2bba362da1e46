import type { Rule } from './types';

/** Every rule of the catalogue (`rules.md`), in catalogue order. */
export const allRules: readonly Rule[] = [];
