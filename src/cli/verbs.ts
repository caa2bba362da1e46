import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './main';
import { exportVerb } from './verbs/export';
import { importVerb } from './verbs/import';
import { initVerb } from './verbs/init';
import { openVerb } from './verbs/open';
import { reportVerb } from './verbs/report';
import { schemaVerb } from './verbs/schema';
import { shareVerb } from './verbs/share';
import { usageVerb } from './verbs/usage';
import { validateVerb } from './verbs/validate';

export interface VerbContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: CliIo;
}

export interface Verb {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: VerbContext): number | Promise<number>;
}

/** Every verb, in the order the help lists them. */
export const verbs: readonly Verb[] = [
  validateVerb,
  usageVerb,
  exportVerb,
  importVerb,
  reportVerb,
  shareVerb,
  openVerb,
  schemaVerb,
  initVerb,
];
