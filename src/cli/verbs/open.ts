import { readFileSync } from 'node:fs';
import { describeLoadErrors } from '../../domain/model/load';
import { decodeShareLink } from '../../domain/share/share-link';
import { CliError, EXIT, indent } from '../io';
import type { Verb } from '../verbs';

export const openVerb: Verb = {
  name: 'open',
  usage: 'open <url|fragment>',
  summary: 'Print the design a share link carries, as design JSON (- reads the link from standard input).',
  options: {},
  async run({ positionals, io }) {
    const input = positionals[0];
    if (!input) throw new CliError('Give a share link, e.g. vnet-studio open "http://127.0.0.1:5173/#d1.…".');
    const link = input === '-' ? readFileSync(0, 'utf8') : input;
    const result = await decodeShareLink(link);
    if (!result.ok) {
      const details = result.issues ? `\n${indent(describeLoadErrors(result.issues))}` : '';
      throw new CliError(`Cannot open this link (${result.code}): ${result.message}${details}`);
    }
    io.out(JSON.stringify(result.design, null, 2));
    return EXIT.ok;
  },
};
