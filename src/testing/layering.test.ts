/**
 * The layers, checked mechanically: React Flow (`@xyflow/*`) is imported only inside `src/canvas`
 * (the app and the panels reach the canvas through its own modules), no panel imports from `src/app`,
 * and the exporters never import the report (the report uses the exporters; documents that need both
 * live in `src/domain/documents`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

const files = sourceFiles(root).map((path) => ({
  file: relative(root, path).replaceAll('\\', '/'),
  imports: importsOf(readFileSync(path, 'utf8')),
}));

describe('layering', () => {
  it('finds imports of every form', () => {
    expect(
      importsOf(
        "import a from 'x';\nimport 'y';\nexport { b } from \"z\";\nconst c = await import('w');\nimport type { D } from 'v';",
      ),
    ).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('imports React Flow only inside src/canvas', () => {
    const outside = files
      .filter((f) => !f.file.startsWith('canvas/'))
      .flatMap((f) => f.imports.filter((i) => i.startsWith('@xyflow/')).map((i) => `${f.file}: ${i}`));
    expect(outside).toEqual([]);
  });

  it('never imports from src/app in the panels', () => {
    const upward = files
      .filter((f) => f.file.startsWith('panels/'))
      .flatMap((f) => f.imports.filter((i) => /(^|\/)app\//.test(i)).map((i) => `${f.file}: ${i}`));
    expect(upward).toEqual([]);
  });

  it('keeps the exporters free of the report, so the two packages form no cycle', () => {
    const intoReport = files
      .filter((f) => f.file.startsWith('domain/export/'))
      .flatMap((f) => f.imports.filter((i) => /(^|\/)report\//.test(i)).map((i) => `${f.file}: ${i}`));
    expect(intoReport).toEqual([]);
  });
});
