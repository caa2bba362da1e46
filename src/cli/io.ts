import { readFileSync } from 'node:fs';
import { describeLoadErrors, type LoadIssue, parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';

/** Exit codes shared by every verb. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
  }
}

/** Reads a design file (or `-` for standard input); bad input becomes a CliError naming the problem. */
export function readDesignFile(file: string | undefined): Design {
  if (!file)
    throw new CliError(
      'Name a design file, e.g. examples/whitepaper-scenario-1.json (or - for standard input).',
    );
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${file}: no such file.`
        : `${file}: cannot be read (${code ?? (e as Error).message}).`,
    );
  }
  const result = parseDesignJson(text);
  if (!result.ok)
    throw new CliError(`${file} is not a valid design:\n${indent(describeLoadErrors(result.errors))}`);
  return result.design;
}

export function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

export type { LoadIssue };
