import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CliError } from './io';
import { terminalText } from './terminal-text';

/**
 * Where a verb's text goes: stdout, the file named by `-o`, or — with several inputs — a file per input in
 * the directory named by `-o`, named after the input (`designs/a.json` → `DIR/a.bicep`).
 */
export function writeOutput(
  text: string,
  opts: { output: string | undefined; file: string; count: number; extension: string; fileName?: string },
  io: { out(t: string): void; err(t: string): void },
): void {
  if (opts.output === undefined) {
    io.out(text.replace(/\n$/, ''));
    return;
  }
  let target = opts.output;
  if (opts.count > 1) {
    try {
      mkdirSync(opts.output, { recursive: true });
    } catch (e) {
      throw new CliError(
        `${terminalText(opts.output)}: cannot be created (${terminalText((e as Error).message)}).`,
      );
    }
    const stem = opts.file === '-' ? 'stdin' : basename(opts.file).replace(/\.json$/i, '');
    target = join(opts.output, opts.fileName ?? `${stem}${opts.extension}`);
  }
  try {
    writeFileSync(target, text);
  } catch (e) {
    throw new CliError(`${terminalText(target)}: cannot be written (${terminalText((e as Error).message)}).`);
  }
  io.err(`Wrote ${terminalText(target)}.`);
}
