#!/usr/bin/env node
/**
 * `vnet-studio`: the command-line front end over the same domain core as the studio.
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT } from './io';
import { verbs } from './verbs';

const USAGE = `Usage: vnet-studio <verb> [options]

Verbs:
${verbs.map((v) => `  ${v.usage}\n      ${v.summary}`).join('\n')}

Run "vnet-studio <verb> --help" for a verb's options.`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI and returns the exit code (never throws for bad input). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [verbName, ...rest] = argv;
  if (!verbName || verbName === '--help' || verbName === '-h' || verbName === 'help') {
    io.out(USAGE);
    return verbName ? EXIT.ok : EXIT.badInput;
  }
  const verb = verbs.find((v) => v.name === verbName);
  if (!verb) {
    io.err(`Unknown verb "${verbName}".\n\n${USAGE}`);
    return EXIT.badInput;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...verb.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`Usage: vnet-studio ${verb.usage}\n\n${verb.summary}`);
      return EXIT.ok;
    }
    return await verb.run({
      values: values as Record<string, string | boolean | undefined>,
      positionals,
      io,
    });
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(e as Error).message}\nUsage: vnet-studio ${verb.usage}`);
      return EXIT.badInput;
    }
    io.err(`Unexpected failure: ${(e as Error).message}`);
    return 70;
  }
}

const isMain = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  });
  process.exitCode = code;
}
