/**
 * Syntax highlighting for the export view, loaded on first use: shiki's core with the JavaScript regex
 * engine (no WebAssembly, nothing evaluated), four grammars and two themes. None of it is in the
 * initial bundle; until it arrives, and if it fails, the code shows as plain text.
 */
import { type CodeLine, tokensToLines } from './code-lines';

export type CodeLanguage = 'bicep' | 'json' | 'powershell' | 'terraform';

export type Highlight = (code: string, language: CodeLanguage) => CodeLine[];

/** Above this size, tokenizing would hold the page up for too long: the text stays plain. */
export const HIGHLIGHT_LIMIT = 200_000;

let loading: Promise<Highlight> | undefined;

async function load(): Promise<Highlight> {
  const [core, engine, bicep, json, powershell, terraform, light, dark] = await Promise.all([
    import('shiki/core'),
    import('shiki/engine/javascript'),
    import('shiki/langs/bicep.mjs'),
    import('shiki/langs/json.mjs'),
    import('shiki/langs/powershell.mjs'),
    import('shiki/langs/terraform.mjs'),
    import('shiki/themes/github-light-high-contrast.mjs'),
    import('shiki/themes/github-dark-high-contrast.mjs'),
  ]);
  const highlighter = await core.createHighlighterCore({
    themes: [light.default, dark.default],
    langs: [bicep.default, json.default, powershell.default, terraform.default],
    // forgiving: a pattern the engine cannot translate is skipped rather than failing the grammar
    engine: engine.createJavaScriptRegexEngine({ forgiving: true }),
  });
  const foregrounds = {
    light: highlighter.getTheme('github-light-high-contrast').fg,
    dark: highlighter.getTheme('github-dark-high-contrast').fg,
  };
  return (code, language) =>
    tokensToLines(
      highlighter.codeToTokensWithThemes(code, {
        lang: language,
        themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      }),
      foregrounds,
    );
}

/** The highlighter, loaded once; a failed load may be retried by the next call. */
export function loadHighlighter(): Promise<Highlight> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
