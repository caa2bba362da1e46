import { countBySeverity, validateDesign } from '../../domain/rules/validate';
import { EXIT, readDesignFile } from '../io';
import type { Verb } from '../verbs';

export const validateVerb: Verb = {
  name: 'validate',
  usage: 'validate <design.json> [--json]',
  summary: 'Check a design against every rule; exit 1 when it has errors.',
  options: { json: { type: 'boolean' } },
  run({ values, positionals, io }) {
    const design = readDesignFile(positionals[0]);
    const findings = validateDesign(design);
    const counts = countBySeverity(findings);
    if (values.json) {
      io.out(JSON.stringify({ design: design.name, counts, findings }, null, 2));
    } else {
      for (const f of findings) {
        io.out(`${f.severity.toUpperCase().padEnd(7)} ${f.ruleId.padEnd(8)} ${f.message}`);
        io.out(
          `        objects: ${f.objectIds.join(', ') || '(design)'}${f.docs ? `\n        docs: ${f.docs}` : ''}`,
        );
      }
      io.out(`${design.name}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`);
    }
    return counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
