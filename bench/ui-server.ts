/**
 * Builds the studio for the browser benchmark (unless the build is newer than every source file) and
 * serves it with `vite preview` in its own process group, so that stopping it stops every child.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Builds into `outDir` (relative to the project) when the build there is missing or stale. */
export function ensureBuild(outDir: string, extraArgs: readonly string[] = []): { built: boolean } {
  const out = path.join(ROOT, outDir);
  const marker = path.join(out, 'index.html');
  const sources = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (existsSync(marker) && statSync(marker).mtimeMs > sources) return { built: false };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { built: true };
}

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Starts `vite preview` for `outDir` on `port` and waits until it answers. */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: npx, node and vite
    } catch {
      // Already gone.
    }
  };
  // Interrupting the benchmark must not leave the server running.
  const onSignal = () => {
    stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s: ${stderr.trim()}`);
}
