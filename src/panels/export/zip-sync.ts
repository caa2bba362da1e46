/**
 * fflate's zip writer, behind a dynamic import of this module: the studio's initial bundle already
 * carries fflate's deflate (for share links), and importing the package itself lazily would pull its
 * zip writer into that bundle too.
 */
export { strToU8, zipSync } from 'fflate';
