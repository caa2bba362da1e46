import { ruleCatalog } from '../../domain/rules/rule-catalog';
import type { Finding } from '../../domain/rules/types';
import type { FileReport } from './report-model';

/** Text as XML 1.0 can carry it: markup escaped, characters XML forbids (most controls, lone surrogates) dropped. */
export function xmlText(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function describe(f: Finding, report: Extract<FileReport, { ok: true }>): string {
  const r = report.locate(f.objectIds[0]);
  return `${f.severity.toUpperCase()} ${f.message}\n  at ${report.file}:${r.startLine}:${r.startColumn} (${r.jsonPath}; objects: ${f.objectIds.join(', ') || '(design)'})`;
}

/**
 * JUnit XML: one test suite per design file and one test case per rule of the catalogue. A rule with an
 * error finding fails; warnings and notes pass and are listed in the case's output. A file that could not be
 * read is a suite with one case in error.
 */
export function renderJunit(reports: readonly FileReport[]): string {
  const ids = Object.keys(ruleCatalog).sort();
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = reports.map((report) => {
    if (!report.ok) {
      tests++;
      errors++;
      return `  <testsuite name="${xmlText(report.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${xmlText(report.file)}" name="load design">\n      <error type="load" message="${xmlText(report.message.split('\n')[0] ?? '')}">${xmlText(report.message)}</error>\n    </testcase>\n  </testsuite>`;
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of report.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    let suiteFailures = 0;
    const extra = [...byRule.keys()].filter((id) => !ids.includes(id)).sort();
    const cases = [...ids, ...extra].map((id) => {
      const title = ruleCatalog[id]?.title ?? id;
      const found = byRule.get(id) ?? [];
      const errorsHere = found.filter((f) => f.severity === 'error');
      const open = `    <testcase classname="${xmlText(report.file)}" name="${xmlText(`${id} ${title}`)}">`;
      if (errorsHere.length > 0) {
        suiteFailures++;
        const body = found.map((f) => describe(f, report)).join('\n');
        return `${open}\n      <failure type="${id}" message="${xmlText(`${errorsHere.length} error(s): ${errorsHere[0]?.message ?? ''}`)}">${xmlText(body)}</failure>\n    </testcase>`;
      }
      if (found.length > 0)
        return `${open}\n      <system-out>${xmlText(found.map((f) => describe(f, report)).join('\n'))}</system-out>\n    </testcase>`;
      return `${open}</testcase>`;
    });
    tests += cases.length;
    failures += suiteFailures;
    return `  <testsuite name="${xmlText(`${report.file} (${report.designName})`)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vnet-studio validate" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>`;
}
