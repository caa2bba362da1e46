/**
 * The bundled CLI's entry: answers `--version` without loading the verbs (or zod), then runs the CLI.
 */
declare const __VNET_STUDIO_VERSION__: string;

export {};

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${__VNET_STUDIO_VERSION__}\n`);
} else {
  const { runCli, processIo } = await import('./main');
  process.exitCode = await runCli(argv, processIo());
}
