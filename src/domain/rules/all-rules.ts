import { env001 } from './env/env001';
import { env002 } from './env/env002';
import { env003 } from './env/env003';
import { env004 } from './env/env004';
import { env005 } from './env/env005';
import { env006 } from './env/env006';
import { env007 } from './env/env007';
import type { Rule } from './types';

/** Every rule of the catalogue (`rules.md`), in catalogue order. */
export const allRules: readonly Rule[] = [env001, env002, env003, env004, env005, env006, env007];
