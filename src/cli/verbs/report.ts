import { renderDesignReportHtml } from '../../domain/report/render-html';
import { renderDesignReportMarkdown } from '../../domain/report/render-markdown';
import { EXIT, forEachDesign, unknownChoice } from '../io';
import { writeOutput } from '../output';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';

const formats = ['md', 'html'] as const;

export const reportVerb: Verb = {
  name: 'report',
  usage: 'report <design.json|glob|->... [--format md|html] [-o FILE|DIR]',
  summary:
    'Write the design review report: summary, policies, IP plan, peerings, findings, next steps (several designs: -o names a directory).',
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  },
  run({ values, positionals, io }) {
    const format = values.format ?? 'md';
    if (typeof format !== 'string' || !(formats as readonly string[]).includes(format))
      throw unknownChoice('format', String(format), formats);
    const output = typeof values.output === 'string' ? values.output : undefined;
    return forEachDesign(
      positionals,
      { err: io.err, header: output ? undefined : (file) => io.out(`==> ${terminalText(file)} <==`) },
      ({ file, design }, _i, count) => {
        const text = format === 'html' ? renderDesignReportHtml(design) : renderDesignReportMarkdown(design);
        writeOutput(
          text,
          { output, file, count, extension: format === 'html' ? '.review.html' : '.review.md' },
          io,
        );
        return EXIT.ok;
      },
    );
  },
};
