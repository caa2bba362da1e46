#!/usr/bin/env node
// Bundles the CLI (src/cli/entry.ts) into dist-cli/ as ES modules with esbuild, so the package's `bin` starts
// without compiling TypeScript. `--version` loads only the entry; the verbs (and zod) load on first use.
//   node scripts/build-cli.mjs            build
//   node scripts/build-cli.mjs --if-stale build only when a source is newer than the bundle
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutDir = join(root, 'dist-cli');
export const cliEntry = join(cliOutDir, 'vnet-studio.mjs');

function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (/\.(ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than any CLI/domain source, the package files or this script. */
export function cliBuildIsStale() {
  let built;
  try {
    built = statSync(cliEntry).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [
    newestSource(join(root, 'src', 'cli')),
    newestSource(join(root, 'src', 'domain')),
    ...['package.json', 'package-lock.json', 'scripts/build-cli.mjs'].map(
      (f) => statSync(join(root, f)).mtimeMs,
    ),
  ];
  return Math.max(...inputs) > built;
}

/** Builds the bundle; files are written beside their final names and renamed, entry last, so a concurrent reader never sees half a bundle. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: { 'vnet-studio': join(root, 'src', 'cli', 'entry.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    // ES module builds first: jsonc-parser's "main" is UMD, whose dynamic require() an ES bundle can't keep
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    outdir: cliOutDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    legalComments: 'linked',
    define: { __VNET_STUDIO_VERSION__: JSON.stringify(pkg.version) },
    write: false,
    logLevel: 'warning',
  });
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path === cliEntry) - Number(b.path === cliEntry),
  );
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents, { mode: file.path === cliEntry ? 0o755 : 0o644 });
    renameSync(tmp, file.path);
  }
  // drop chunks of earlier builds
  const keep = new Set(files.map((f) => f.path));
  const chunks = join(cliOutDir, 'chunks');
  for (const name of readdirSync(chunks))
    if (!keep.has(join(chunks, name))) rmSync(join(chunks, name), { force: true });
  return files.map((f) => relative(root, f.path));
}

export async function ensureCliBuilt() {
  if (cliBuildIsStale()) await buildCli();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-stale') && !cliBuildIsStale()) process.exit(0);
  const files = await buildCli();
  process.stderr.write(`[build-cli] wrote ${files.length} files to dist-cli/\n`);
}
