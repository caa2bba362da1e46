import { createShareLink, MAX_SHARE_URL_LENGTH } from '../../domain/share/share-link';
import { CliError, EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

/** Where the studio runs with `npm start`. */
export const DEFAULT_SHARE_BASE = 'http://127.0.0.1:5173/';

export const shareVerb: Verb = {
  name: 'share',
  usage: 'share <design.json> [--base URL]',
  summary: `Print a share link that opens the design in the studio (warns above ${MAX_SHARE_URL_LENGTH} characters; refuses a design no link can carry).`,
  options: { base: { type: 'string' } },
  async run({ values, positionals, io }) {
    const file = positionals[0];
    const design = readDesignFile(file);
    const base = typeof values.base === 'string' ? values.base : DEFAULT_SHARE_BASE;
    let parsed: URL;
    try {
      parsed = new URL(base);
    } catch {
      throw new CliError(`--base must be an absolute URL such as ${DEFAULT_SHARE_BASE} (got "${base}").`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new CliError(`--base must be an http or https URL (got "${base}").`);
    }
    const link = await createShareLink(design, base);
    if (!link.ok) throw new CliError(`No link for ${file} (${link.code}): ${link.message}`);
    io.out(link.url);
    if (!link.fit.fits) io.err(`warning: ${link.fit.message}`);
    return EXIT.ok;
  },
};
