import { countBySeverity, validateDesign } from '../../domain/rules/validate';
import { renderGithub } from '../formats/github';
import { renderJunit } from '../formats/junit';
import { designSourceMap } from '../formats/locate';
import type { FileReport } from '../formats/report-model';
import { renderSarif } from '../formats/sarif';
import { EXIT, forEachDesign, num, unknownChoice } from '../io';
import { terminalText } from '../terminal-text';
import type { Verb } from '../verbs';
import { CLI_VERSION } from '../version';

export const validateFormats = ['text', 'json', 'sarif', 'junit', 'github'] as const;
type Format = (typeof validateFormats)[number];

export const validateVerb: Verb = {
  name: 'validate',
  usage: `validate <design.json|glob|->... [--format ${validateFormats.join('|')}] [--json]`,
  summary:
    'Check designs against every rule; exit 1 when any has errors, 2 when any cannot be read (the rest still run).',
  options: { json: { type: 'boolean' }, format: { type: 'string', short: 'f' } },
  async run({ values, positionals, io }) {
    const format = (values.json ? 'json' : (values.format ?? 'text')) as string;
    if (!(validateFormats as readonly string[]).includes(format))
      throw unknownChoice('format', format, validateFormats);
    const reports: FileReport[] = [];
    const code = await forEachDesign(
      positionals,
      {
        err: io.err,
        header: format === 'text' ? (file) => io.out(`==> ${terminalText(file)} <==`) : undefined,
      },
      ({ file, text, design }) => {
        const findings = validateDesign(design);
        const counts = countBySeverity(findings);
        reports.push({
          file,
          ok: true,
          designName: design.name,
          findings,
          locate: designSourceMap(text, design),
        });
        if (format === 'text') {
          for (const f of findings) {
            io.out(`${f.severity.toUpperCase().padEnd(7)} ${f.ruleId.padEnd(8)} ${terminalText(f.message)}`);
            io.out(
              `        objects: ${terminalText(f.objectIds.join(', ')) || '(design)'}${f.docs ? `\n        docs: ${f.docs}` : ''}`,
            );
          }
          io.out(
            `${terminalText(design.name)}: ${num(counts.error)} errors, ${num(counts.warning)} warnings, ${num(counts.info)} info`,
          );
        }
        return counts.error > 0 ? EXIT.findings : EXIT.ok;
      },
      (file, message) => reports.push({ file, ok: false, message }),
    );
    if (format !== 'text') io.out(render(format as Exclude<Format, 'text'>, reports));
    return code;
  },
};

function render(format: Exclude<Format, 'text'>, reports: readonly FileReport[]): string {
  switch (format) {
    case 'sarif':
      return renderSarif(reports, CLI_VERSION);
    case 'junit':
      return renderJunit(reports);
    case 'github':
      return renderGithub(reports);
    case 'json': {
      const objects = reports.map((r) =>
        r.ok
          ? { file: r.file, design: r.designName, counts: countBySeverity(r.findings), findings: r.findings }
          : { file: r.file, error: r.message },
      );
      return JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2);
    }
  }
}
