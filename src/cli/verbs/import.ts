import { statSync } from 'node:fs';
import { importAzureFiles } from '../../domain/import/azure/import-azure-files';
import { MAX_IMPORT_TEXT } from '../../domain/import/azure/read-json';
import { mergeImport, summarizeDrift } from '../../domain/import/merge-import';
import { serializeDesign } from '../../domain/model/serialize-design';
import { buildBicep } from '../import/bicep-build';
import { CliError, displayName, EXIT, loadDesign, readInputText } from '../io';
import { writeOutput } from '../output';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

/** Skipped resources listed by file and path, per type. */
const SHOWN_PER_TYPE = 20;

const NO_FILE =
  'Name the files to import, e.g. vnet-studio import vnets.json peerings.json (ARM templates, .bicep, az / REST / Resource Graph / PowerShell output, terraform show -json; - for standard input).';

/** Reads one input as the importer wants it: text, or for `.bicep` the template `bicep build` prints. */
async function readImportFile(file: string): Promise<{ name: string; text: string }> {
  if (file !== '-') {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // reading it below names the problem
    }
    if (size > MAX_IMPORT_TEXT)
      throw new CliError(
        `${terminalText(file)} is ${(size / 1024 / 1024).toFixed(1)} MB; an imported file is at most ${MAX_IMPORT_TEXT / 1024 / 1024} MB.`,
      );
  }
  if (/\.bicep$/i.test(file)) {
    const built = await buildBicep(file);
    if (!built.ok) throw new CliError(terminalText(built.message));
    return { name: file, text: built.text };
  }
  return { name: displayName(file), text: await readInputText(file, MAX_IMPORT_TEXT) };
}

export const importVerb: Verb = {
  name: 'import',
  usage: 'import <file|->... [-o OUT.json] [--into DESIGN.json] [--parameters FILE]',
  summary:
    'Turn ARM templates, .bicep files (through the Bicep CLI), Azure CLI / REST / Resource Graph / PowerShell output and Terraform JSON into one design; --into refreshes a design and lists the drift. Exit 1 when values could not be known offline (placeholders), 2 when a file is unreadable or not an Azure or Terraform document.',
  options: {
    output: { type: 'string', short: 'o' },
    into: { type: 'string' },
    parameters: { type: 'string' },
  },
  async run({ values, positionals, io }) {
    if (positionals.length === 0) throw new CliError(NO_FILE);
    const files = [];
    for (const file of positionals) files.push(await readImportFile(file));
    const parametersText =
      typeof values.parameters === 'string'
        ? await readInputText(values.parameters, MAX_IMPORT_TEXT)
        : undefined;
    const into = typeof values.into === 'string' ? await loadDesign(values.into) : undefined;

    const result = importAzureFiles(files, { parametersText });
    if (!result.ok) {
      for (const e of result.errors) io.err(`error: ${terminalText(e.message)}`);
      return EXIT.badInput;
    }
    for (const w of result.warnings) io.err(`warning: ${terminalText(`${w.file} ${w.path}: ${w.message}`)}`);
    for (const s of result.skipped) {
      io.err(`skipped: ${s.count} × ${terminalText(s.type)} (a design can't hold it)`);
      const where = result.skippedResources.filter((r) => r.type === s.type);
      for (const r of where.slice(0, SHOWN_PER_TYPE)) io.err(`  ${terminalText(`${r.file} ${r.path}`)}`);
      if (where.length > SHOWN_PER_TYPE) io.err(`  and ${where.length - SHOWN_PER_TYPE} more`);
    }

    let design = result.design;
    if (into) {
      const merged = mergeImport(into.design, result.design);
      design = merged.design;
      const counts = summarizeDrift(merged.drift);
      for (const d of merged.drift)
        io.err(
          `drift: ${d.change} ${terminalText(`${d.collection} ${d.name}`)}${d.details.length ? ` (${terminalText(d.details.join('; '))})` : ''}`,
        );
      io.err(
        `Refreshed ${terminalText(displayName(into.file))}: ${merged.updated.length} matched, ${counts.added} added, ${counts.changed} changed, ${counts.removed} no longer in the estate (kept).`,
      );
    }
    const output = typeof values.output === 'string' && values.output !== '-' ? values.output : undefined;
    writeOutput(serializeDesign(design), { output, file: 'import', count: 1, extension: '.json' }, io);
    if (result.placeholders > 0) {
      io.err(
        `${result.placeholders} value${result.placeholders === 1 ? '' : 's'} could not be known offline: the design shows them as <unknown: …> placeholders.`,
      );
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};
