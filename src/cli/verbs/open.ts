import { describeLoadErrors } from '../../domain/model/load';
import { decodeShareLink } from '../../domain/share/share-link';
import { CliError, EXIT, indent, readInputText } from '../io';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

/** A share link is far shorter than this; more on standard input is not a link. */
const MAX_LINK_INPUT = 1024 * 1024;

export const openVerb: Verb = {
  name: 'open',
  usage: 'open <url|fragment|->',
  summary: 'Print the design a share link carries, as design JSON (- reads the link from standard input).',
  options: {},
  async run({ positionals, io }) {
    const input = positionals[0];
    if (!input) throw new CliError('Give a share link, e.g. vnet-studio open "http://127.0.0.1:5173/#d1.…".');
    if (positionals.length > 1) throw new CliError('Give one share link at a time.');
    const link = input === '-' ? (await readInputText('-', MAX_LINK_INPUT)).trim() : input;
    const result = await decodeShareLink(link);
    if (!result.ok) {
      const details = result.issues ? `\n${indent(describeLoadErrors(result.issues))}` : '';
      throw new CliError(terminalText(`Cannot open this link (${result.code}): ${result.message}${details}`));
    }
    io.out(JSON.stringify(result.design, null, 2));
    return EXIT.ok;
  },
};
