import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleCatalog } from '../../domain/rules/rule-catalog';
import type { Severity } from '../../domain/rules/types';
import { type FileReport, reportPath } from './report-model';

const level: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a relative URI reference (repository-relative for code scanning); an absolute one as a file: URI. */
function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return encodeURI(reportPath(file)).replace(/[?#]/g, encodeURIComponent);
}

/**
 * A SARIF 2.1.0 log of validating one or more design files: one run, every rule of the catalogue with its
 * title, family, default level and documentation link, and each finding located at the object it names.
 * Files that could not be read are tool execution notifications, and make the invocation unsuccessful.
 */
export function renderSarif(reports: readonly FileReport[], version: string): string {
  const ids = Object.keys(ruleCatalog).sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = ids.map((id) => {
    const r = ruleCatalog[id];
    if (!r) throw new Error(`rule ${id} missing from the catalogue`);
    return {
      id,
      name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: r.title },
      fullDescription: { text: `${r.title} (${r.family}).` },
      ...(r.docs
        ? {
            helpUri: r.docs,
            help: { text: `${r.title}. See ${r.docs}`, markdown: `${r.title}. [Documentation](${r.docs})` },
          }
        : {}),
      defaultConfiguration: { level: level[r.severity] },
      properties: { tags: ['vnet-studio', r.family] },
    };
  });
  const artifacts = reports.map((r) => ({
    location: { uri: artifactUri(r.file) },
    roles: ['analysisTarget' as const],
    mimeType: 'application/json',
  }));
  const results: Result[] = [];
  const notifications: NonNullable<
    NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']
  > = [];
  reports.forEach((report, index) => {
    const artifactLocation = { uri: artifactUri(report.file), index };
    if (!report.ok) {
      notifications.push({
        level: 'error',
        message: { text: report.message },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      return;
    }
    for (const f of report.findings) {
      const region = report.locate(f.objectIds[0]);
      const known = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(known === undefined ? {} : { ruleIndex: known }),
        level: level[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: region.startLine,
                startColumn: region.startColumn,
                endLine: region.endLine,
                endColumn: region.endColumn,
              },
            },
            logicalLocations: [
              {
                fullyQualifiedName: region.jsonPath,
                kind: 'object',
                ...(f.objectIds[0] ? { name: f.objectIds[0] } : {}),
              },
            ],
          },
        ],
        partialFingerprints: { 'vnetStudioFinding/v1': `${f.ruleId}:${f.objectIds.join(',')}` },
        properties: { objectIds: f.objectIds, design: report.designName },
      });
    }
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'VNet Studio',
            semanticVersion: version,
            informationUri: 'https://learn.microsoft.com/power-platform/admin/vnet-support-overview',
            rules,
          },
        },
        invocations: [
          { executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications },
        ],
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
