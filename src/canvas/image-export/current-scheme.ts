/** The colour scheme the browser shows the studio in: the image dialog's default. */
import type { ImageScheme } from './compose-svg';

export function currentScheme(win: Window = window): ImageScheme {
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
