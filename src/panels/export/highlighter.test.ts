import { describe, expect, it } from 'vitest';
import { exportDesign } from '../../domain/export/export-design';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { linesText } from './code-lines';
import { type CodeLanguage, loadHighlighter } from './highlighter';

const cases: [target: 'bicep' | 'arm' | 'terraform' | 'script', language: CodeLanguage][] = [
  ['bicep', 'bicep'],
  ['arm', 'json'],
  ['terraform', 'terraform'],
  ['script', 'powershell'],
];

describe('loadHighlighter (shiki core, JavaScript engine)', () => {
  it('loads once and returns the same highlighter', async () => {
    expect(await loadHighlighter()).toBe(await loadHighlighter());
  });

  it.each(cases)('colours the %s export without changing its text', async (target, language) => {
    const highlight = await loadHighlighter();
    const { text } = exportDesign(whitepaperScenario1(), { target });
    const lines = highlight(text, language);
    expect(linesText(lines)).toBe(text.replace(/\r\n/g, '\n'));
    const coloured = lines.flat().filter((s) => s.light && s.dark);
    // a real grammar colours comments, keywords and strings: far more than a handful of spans
    expect(coloured.length).toBeGreaterThan(20);
    const comment = lines[0]?.[0];
    expect(comment?.text.startsWith(target === 'arm' ? '{' : target === 'bicep' ? '//' : '#')).toBe(true);
  });

  it('colours the enterprise policy type as a string in Bicep', async () => {
    const highlight = await loadHighlighter();
    const { text } = exportDesign(whitepaperScenario1(), { target: 'bicep' });
    const spans = highlight(text, 'bicep').flat();
    const type = spans.find((s) => s.text.includes('Microsoft.PowerPlatform/enterprisePolicies'));
    expect(type?.light).toMatch(/^#[0-9a-f]{6}$/i);
    expect(type?.light).not.toBe(spans.find((s) => s.text === 'resource')?.light);
  });
});
