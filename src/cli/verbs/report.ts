import { writeFileSync } from 'node:fs';
import { renderDesignReportHtml } from '../../domain/report/render-html';
import { renderDesignReportMarkdown } from '../../domain/report/render-markdown';
import { CliError, EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

const formats = ['md', 'html'] as const;

export const reportVerb: Verb = {
  name: 'report',
  usage: 'report <design.json> [--format md|html] [-o FILE]',
  summary: 'Write the design review report: summary, policies, IP plan, peerings, findings, next steps.',
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  },
  run({ values, positionals, io }) {
    const format = values.format ?? 'md';
    if (typeof format !== 'string' || !(formats as readonly string[]).includes(format))
      throw new CliError(`Unknown report format "${String(format)}": use --format md or --format html.`);
    const design = readDesignFile(positionals[0]);
    const text = format === 'html' ? renderDesignReportHtml(design) : renderDesignReportMarkdown(design);
    if (typeof values.output === 'string') {
      try {
        writeFileSync(values.output, text);
      } catch (e) {
        throw new CliError(`${values.output}: cannot be written (${(e as Error).message}).`);
      }
      io.err(`Wrote ${values.output}.`);
    } else {
      io.out(text.replace(/\n$/, ''));
    }
    return EXIT.ok;
  },
};
