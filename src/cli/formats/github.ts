import type { Severity } from '../../domain/rules/types';
import { terminalText } from '../terminal-text';
import { type FileReport, reportPath } from './report-model';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped as the runner expects; control characters visible. */
function data(text: string): string {
  return terminalText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message` for every finding (warnings
 * as `::warning`, notes as `::notice`), which the runner shows as annotations on the design file.
 */
export function renderGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = property(reportPath(report.file));
    if (!report.ok) {
      lines.push(
        `::error file=${file},title=${property('vnet-studio: cannot validate')}::${data(report.message)}`,
      );
      continue;
    }
    for (const f of report.findings) {
      const r = report.locate(f.objectIds[0]);
      lines.push(
        `::${command[f.severity]} file=${file},line=${r.startLine},col=${r.startColumn},endLine=${r.endLine},endColumn=${r.endColumn},title=${property(f.ruleId)}::${data(f.message)}`,
      );
    }
  }
  return lines.join('\n');
}
