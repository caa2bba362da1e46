#!/usr/bin/env node
// The package's command: runs the bundled CLI (dist-cli/, built by scripts/build-cli.mjs; `npm start`,
// `npm test` and `npm pack` build it when it is missing or stale).
try {
  await import('../dist-cli/vnet-studio.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  process.stderr.write('vnet-studio: the CLI is not built yet; run "npm run build:cli" in the repository.\n');
  process.exitCode = 2;
}
