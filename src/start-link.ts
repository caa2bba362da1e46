/**
 * The page's first module (imported first by `main.tsx`, so it runs before the studio's code is
 * evaluated): starts decoding a share link in the address (see `platform/early-link.ts`).
 */
import { startDecodingLink } from './platform/early-link';

startDecodingLink();
