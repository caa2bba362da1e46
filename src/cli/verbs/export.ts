import { documentTargetIds, exportDocument } from '../../domain/documents/document-targets';
import { type ExportTarget, exportDesign, exportTargets } from '../../domain/export/export-design';
import { commentText } from '../../domain/export/text-safety';
import { CliError, EXIT, forEachDesign, unknownChoice } from '../io';
import { writeOutput } from '../output';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

/** Deployment targets, then the documents of a design. */
const choices: string[] = [...exportTargets, ...documentTargetIds];
const isDocument = (target: string) => (documentTargetIds as string[]).includes(target);

export const exportVerb: Verb = {
  name: 'export',
  usage: `export <design.json|glob|->... --target ${choices.join('|')} [-o FILE|DIR] [--select id,id] [--scope SUB/RG]`,
  summary:
    'Write a template, the post-deployment script, a deployment pipeline, the IP plan (CSV) or the review report (stdout without -o; several designs: -o names a directory).',
  options: {
    target: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    select: { type: 'string' },
    scope: { type: 'string' },
  },
  run({ values, positionals, io }) {
    const target = values.target;
    if (typeof target !== 'string')
      throw new CliError(`Name a target with --target; choose one of ${choices.join(', ')}.`);
    if (!choices.includes(target)) throw unknownChoice('target', target, choices);
    const selection =
      typeof values.select === 'string'
        ? values.select
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    const output = typeof values.output === 'string' ? values.output : undefined;
    return forEachDesign(
      positionals,
      { err: io.err, header: output ? undefined : (file) => io.out(`==> ${terminalText(file)} <==`) },
      ({ file, design }, _i, count) => {
        let result: ReturnType<typeof exportDesign>;
        try {
          const scope = typeof values.scope === 'string' ? values.scope : undefined;
          result = isDocument(target)
            ? exportDocument(design, target, { selection, scope })
            : exportDesign(design, { target: target as ExportTarget, selection, scope });
        } catch (e) {
          throw new CliError(terminalText((e as Error).message));
        }
        // notes quote design names: one line each, no control characters for the terminal
        for (const w of result.warnings) io.err(`note: ${commentText(w)}`);
        for (const n of result.notes) io.err(`not deployed: ${commentText(n)}`);
        if (result.errorCount)
          io.err(
            `warning: the design has ${result.errorCount} validation error(s), listed at the top of the export.`,
          );
        writeOutput(result.text, { output, file, count, extension: '', fileName: result.fileName }, io);
        return EXIT.ok;
      },
    );
  },
};
