import { writeFileSync } from 'node:fs';
import { type ExportTarget, exportDesign, exportTargets } from '../../domain/export/export-design';
import { commentText } from '../../domain/export/text-safety';
import { CliError, EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

export const exportVerb: Verb = {
  name: 'export',
  usage: `export <design.json> --target ${exportTargets.join('|')} [-o FILE] [--select id,id] [--scope SUB/RG]`,
  summary:
    'Write a template, the post-deployment script, the IP plan (CSV) or the review report (stdout without -o).',
  options: {
    target: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    select: { type: 'string' },
    scope: { type: 'string' },
  },
  run({ values, positionals, io }) {
    const target = values.target;
    if (typeof target !== 'string' || !(exportTargets as string[]).includes(target))
      throw new CliError(`Name a target with --target ${exportTargets.join('|')}.`);
    const design = readDesignFile(positionals[0]);
    const selection =
      typeof values.select === 'string'
        ? values.select
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    let result: ReturnType<typeof exportDesign>;
    try {
      result = exportDesign(design, {
        target: target as ExportTarget,
        selection,
        scope: typeof values.scope === 'string' ? values.scope : undefined,
      });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    // notes quote design names: one line each, no control characters for the terminal
    for (const w of result.warnings) io.err(`note: ${commentText(w)}`);
    for (const n of result.notes) io.err(`not deployed: ${commentText(n)}`);
    if (result.errorCount)
      io.err(
        `warning: the design has ${result.errorCount} validation error(s), listed at the top of the export.`,
      );
    if (typeof values.output === 'string') {
      try {
        writeFileSync(values.output, result.text);
      } catch (e) {
        throw new CliError(`${values.output}: cannot be written (${(e as Error).message}).`);
      }
      io.err(`Wrote ${values.output}.`);
    } else {
      io.out(result.text.replace(/\n$/, ''));
    }
    return EXIT.ok;
  },
};
