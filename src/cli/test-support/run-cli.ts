import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetStdin } from '../io';
import { runCli } from '../main';

/** Runs the CLI in this process and collects what it prints. */
export async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  resetStdin();
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh directory with a writer of files in it (content: text as is, anything else as JSON). */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name: string, content: unknown, pretty = false): string {
      const path = join(dir, name);
      writeFileSync(
        path,
        typeof content === 'string' ? content : JSON.stringify(content, null, pretty ? 2 : 0),
      );
      return path;
    },
  };
}
