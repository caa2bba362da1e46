/**
 * Sizes of the chunks a first visit loads: the entry script, its module preloads and the stylesheets
 * named by the built index.html (raw and gzip level 9, as a server would send them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  kind: 'entry' | 'preload' | 'css';
  bytes: number;
  gzip: number;
}

export function initialChunkSizes(outDir: string): ChunkSize[] {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const found: Array<{ file: string; kind: ChunkSize['kind'] }> = [];
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    found.push({ file: m[1] ?? '', kind: 'entry' });
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    found.push({ file: m[1] ?? '', kind: 'preload' });
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    found.push({ file: m[1] ?? '', kind: 'css' });
  return found.map(({ file, kind }) => {
    const content = readFileSync(path.join(outDir, file.replace(/^\//, '')));
    return {
      file: file.replace(/^\//, ''),
      kind,
      bytes: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
    };
  });
}
