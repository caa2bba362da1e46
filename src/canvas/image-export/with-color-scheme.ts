/**
 * Drawing the canvas in a colour scheme other than the one the browser is in. The studio's dark styles
 * are `prefers-color-scheme` media rules (Tailwind's `dark:` variant) and React Flow's `.dark` class;
 * for the duration of a capture, the media rules are switched on or off through the CSSOM and the class
 * is set, then everything is put back. The page shows the other scheme for that moment.
 */
import type { ImageScheme } from './compose-svg';

const DARK_QUERY = /prefers-color-scheme\s*:\s*dark/i;
const LIGHT_QUERY = /prefers-color-scheme\s*:\s*light/i;

interface Change {
  media: MediaList;
  text: string;
}

function collect(rules: CSSRuleList, scheme: ImageScheme, changes: Change[]) {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) {
      const text = rule.media.mediaText;
      const dark = DARK_QUERY.test(text);
      const light = LIGHT_QUERY.test(text);
      if (dark || light) {
        changes.push({ media: rule.media, text });
        rule.media.mediaText =
          (dark && scheme === 'dark') || (light && scheme === 'light') ? 'all' : 'not all';
      }
    }
    // Media rules also sit inside layers, supports blocks and nested style rules.
    const nested = (rule as Partial<CSSGroupingRule>).cssRules;
    if (nested) collect(nested, scheme, changes);
  }
}

/** The scheme the page is drawn in now. */
export function currentScheme(win: Window = window): ImageScheme {
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Runs `capture` with the page drawn in `scheme`, restoring the page afterwards (also on failure). */
export async function withColorScheme<T>(
  scheme: ImageScheme,
  flowElement: Element | null,
  capture: () => Promise<T>,
): Promise<T> {
  if (scheme === currentScheme()) return capture();
  const changes: Change[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // A cross-origin sheet cannot be read (the studio loads none).
    }
    collect(rules, scheme, changes);
  }
  const schemeClasses = flowElement ? ['light', 'dark'].filter((c) => flowElement.classList.contains(c)) : [];
  flowElement?.classList.remove('light', 'dark');
  flowElement?.classList.add(scheme);
  try {
    return await capture();
  } finally {
    for (const c of changes.reverse()) c.media.mediaText = c.text;
    flowElement?.classList.remove(scheme);
    flowElement?.classList.add(...schemeClasses);
  }
}
