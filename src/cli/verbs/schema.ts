import { designJsonSchema } from '../../domain/model/json-schema';
import { EXIT } from '../io';
import type { Verb } from '../verbs';

export const schemaVerb: Verb = {
  name: 'schema',
  usage: 'schema',
  summary: 'Print the JSON Schema of the design format.',
  options: {},
  run({ io }) {
    io.out(JSON.stringify(designJsonSchema(), null, 2));
    return EXIT.ok;
  },
};
