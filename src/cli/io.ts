import { createReadStream, fstatSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describeLoadErrors, type LoadIssue, MAX_DESIGN_TEXT, parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';
import { terminalText } from './terminal-text';

/** Exit codes shared by every verb: the worst over all input files wins. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
  }
}

/**
 * Largest input read, in bytes: a design of {@link MAX_DESIGN_TEXT} characters takes at most three UTF-8 bytes
 * per character, so nothing the loader accepts is cut off, and endless input (`/dev/zero`, a pipe that never
 * closes its end early) stops here.
 */
export const MAX_INPUT_BYTES = MAX_DESIGN_TEXT * 3;

const NO_FILE = 'Name a design file, e.g. examples/whitepaper-scenario-1.json (or - for standard input).';

let stdinText: Promise<string> | undefined;

/**
 * Reads a file (or `-`, standard input, read once however often it is named) as UTF-8 text, with the
 * byte-order mark dropped as the studio drops it. Directories, devices without end and unreadable files
 * become a CliError naming the problem.
 */
export function readInputText(file: string, limit = MAX_INPUT_BYTES): Promise<string> {
  if (file === '-') {
    let directory = false;
    try {
      directory = fstatSync(0).isDirectory();
    } catch {
      // no standard input at all: reading it below reports the problem
    }
    if (directory)
      return Promise.reject(new CliError('standard input: is a directory, not a design or a link.'));
    stdinText ??= readStream(process.stdin, 'standard input', limit);
    return stdinText;
  }
  return readStream(createReadStream(file), file, limit);
}

/** Forgets standard input read earlier (tests run the CLI many times in one process). */
export function resetStdin(): void {
  stdinText = undefined;
}

async function readStream(stream: NodeJS.ReadableStream, label: string, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > limit) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        throw new CliError(
          `${terminalText(label)}: more than ${limit.toLocaleString('en-US')} bytes; a design file is at most ${MAX_DESIGN_TEXT.toLocaleString('en-US')} characters.`,
        );
      }
      chunks.push(buf);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(readFailure(label, e as NodeJS.ErrnoException));
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function readFailure(label: string, e: NodeJS.ErrnoException): string {
  const name = terminalText(label);
  switch (e.code) {
    case 'ENOENT':
      return `${name}: no such file.`;
    case 'EISDIR':
      return `${name}: is a directory, not a design file.`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied.`;
    default:
      return `${name}: cannot be read (${terminalText(e.code ?? e.message)}).`;
  }
}

/** A design read from one input: its text (for source locations) and the parsed design. */
export interface LoadedDesign {
  file: string;
  text: string;
  design: Design;
}

/** Reads and parses one design; bad input becomes a CliError naming the file, the problem and its JSON path. */
export async function loadDesign(file: string): Promise<LoadedDesign> {
  const text = await readInputText(file);
  const result = parseDesignJson(text);
  if (!result.ok)
    throw new CliError(
      `${terminalText(displayName(file))} is not a valid design:\n${indent(terminalText(describeLoadErrors(result.errors)))}`,
    );
  return { file, text, design: result.design };
}

export function displayName(file: string): string {
  return file === '-' ? '(standard input)' : file;
}

const GLOB = /[*?[\]{}]/;

/**
 * The inputs named on the command line: `-` for standard input, plain paths as given, and glob patterns
 * (`'designs/**\/*.json'`) expanded in sorted order. A pattern that matches nothing is reported as an input
 * that cannot be read, so it counts as a failure.
 */
export async function expandInputs(
  args: readonly string[],
): Promise<Array<{ file: string; error?: string }>> {
  if (args.length === 0) throw new CliError(NO_FILE);
  const out: Array<{ file: string; error?: string }> = [];
  for (const arg of args) {
    if (arg === '-' || !GLOB.test(arg)) {
      out.push({ file: arg });
      continue;
    }
    const { glob } = await import('tinyglobby');
    // absolute patterns give absolute paths; relative ones paths relative to the working directory
    const matches = (
      await glob(arg, { onlyFiles: true, expandDirectories: false, dot: false, absolute: isAbsolute(arg) })
    ).sort();
    if (matches.length === 0)
      out.push({ file: arg, error: `${terminalText(arg)}: no file matches this pattern.` });
    for (const m of matches) out.push({ file: m });
  }
  return out;
}

export interface PerFileResult {
  exitCode: number;
}

/**
 * Runs `each` for every input in turn. A failure (unreadable file, not a design, a CliError from `each`) is
 * reported on stderr and exits 2 for that file while the rest still run; the worst exit code wins. With more
 * than one input, `header` prints a line before each file's block.
 */
export async function forEachDesign(
  args: readonly string[],
  opts: { err(text: string): void; header?: (file: string) => void },
  each: (loaded: LoadedDesign, index: number, count: number) => number | Promise<number>,
  onFailure?: (file: string, message: string) => void,
): Promise<number> {
  const inputs = await expandInputs(args);
  let worst: number = EXIT.ok;
  for (const [i, input] of inputs.entries()) {
    if (inputs.length > 1) opts.header?.(input.file);
    let code: number;
    try {
      if (input.error) throw new CliError(input.error);
      code = await each(await loadDesign(input.file), i, inputs.length);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      opts.err(e.message);
      onFailure?.(input.file, e.message);
      code = e.exitCode;
    }
    worst = Math.max(worst, code);
  }
  return worst;
}

export function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Numbers in text output: thousands separators, whatever the locale. */
export function num(n: number): string {
  return n.toLocaleString('en-US');
}

/** `unknown target "x"; choose one of a, b, c`. */
export function unknownChoice(what: string, value: string, choices: readonly string[]): CliError {
  return new CliError(`unknown ${what} "${terminalText(value)}"; choose one of ${choices.join(', ')}.`);
}

export type { LoadIssue };
