#!/usr/bin/env node
/**
 * `vnet-studio`: the command-line front end over the same domain core as the studio.
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT } from './io';
import { terminalText } from './terminal-text';
import { verbs } from './verbs';
import { CLI_VERSION } from './version';

const USAGE = `Usage: vnet-studio <verb> [options]

Verbs:
${verbs.map((v) => `  ${v.usage}\n      ${v.summary}`).join('\n')}

Run "vnet-studio <verb> --help" for a verb's options.`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The process's streams. Text bound for a terminal has its control characters escaped whatever the verb
 * printed (CRLF line ends of CSV stay); text piped to a file or another program is written as is.
 */
export function processIo(): CliIo {
  const writer = (stream: NodeJS.WriteStream) => (t: string) => {
    stream.write(`${stream.isTTY ? terminalText(t.replace(/\r\n/g, '\n')) : t}\n`);
  };
  // a reader that stops early (`| head`) is no failure: stop writing, keep the exit code
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return { out: writer(process.stdout), err: writer(process.stderr) };
}

/** Runs the CLI and returns the exit code (never throws for bad input). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [verbName, ...rest] = argv;
  if (verbName === '--version' || verbName === '-v') {
    io.out(CLI_VERSION);
    return EXIT.ok;
  }
  if (!verbName || verbName === '--help' || verbName === '-h' || verbName === 'help') {
    io.out(USAGE);
    return verbName ? EXIT.ok : EXIT.badInput;
  }
  const verb = verbs.find((v) => v.name === verbName);
  if (!verb) {
    io.err(
      `unknown verb "${terminalText(verbName)}"; choose one of ${verbs.map((v) => v.name).join(', ')}.\n\n${USAGE}`,
    );
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
      io.err(`${terminalText((e as Error).message)}\nUsage: vnet-studio ${verb.usage}`);
      return EXIT.badInput;
    }
    // Anything else is still bad input as far as a pipeline is concerned: exit 2 with a message, no stack.
    io.err(`vnet-studio ${verb.name} failed: ${terminalText((e as Error).message)}`);
    return EXIT.badInput;
  }
}

const isMain = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
