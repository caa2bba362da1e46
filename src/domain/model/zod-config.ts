/**
 * zod compiles object parsers with `new Function` when it may, and probes for that by trying it once.
 * Under the studio's Content Security Policy (no `unsafe-eval`) the probe is refused and reported as a
 * CSP violation on every page load, though zod catches it. Jitless parsing skips the probe; it is as
 * fast for designs (the benchmark design's file parses in about the same time either way).
 */
import { z } from 'zod';

z.config({ jitless: true });
