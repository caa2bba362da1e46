import { encodeShareLink, MAX_SHARE_URL_LENGTH, shareLinkFits } from '../../domain/share/share-link';
import { CliError, EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

/** Where the studio runs with `npm start`. */
export const DEFAULT_SHARE_BASE = 'http://127.0.0.1:5173/';

export const shareVerb: Verb = {
  name: 'share',
  usage: 'share <design.json> [--base URL]',
  summary: `Print a share link that opens the design in the studio (warns above ${MAX_SHARE_URL_LENGTH} characters).`,
  options: { base: { type: 'string' } },
  async run({ values, positionals, io }) {
    const design = readDesignFile(positionals[0]);
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
    const url = await encodeShareLink(design, base);
    io.out(url);
    const fit = shareLinkFits(url);
    if (!fit.fits) io.err(`warning: ${fit.message}`);
    return EXIT.ok;
  },
};
