/**
 * The importer's entry point: any number of files (ARM templates and their parameters files, Azure CLI /
 * REST / Resource Graph / PowerShell output, Terraform JSON), each recognised by its content, merged by
 * Azure resource id into one design. Pure and synchronous; never throws.
 */

import type { Design } from '../../model/schema';
import { createBudget, type DeploymentScope, MAX_EVAL_STEPS } from './arm/evaluate';
import { expandTemplate } from './arm/expand-template';
import { readParameterValues } from './arm/template-scope';
import { type ArmObject, type ArmValue, getProperty, isArmObject } from './arm/values';
import type { AzureResource, ImportWarning, SkippedResource, SkippedResources } from './azure-resource';
import { DEFAULT_IMPORT_SCOPE } from './default-scope';
import { type AzureFileFormat, detectFormat } from './detect-format';
import { readLiveDocument } from './live/read-live-json';
import { mapResourcesToDesign } from './map-design';
import { readJson } from './read-json';
import { readTerraformDocument } from './terraform/read-terraform-json';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportAzureOptions {
  /** Where templates deploy: their `resourceGroup()` and `subscription()`. */
  subscriptionId?: string;
  resourceGroup?: string;
  /** `resourceGroup().location`, unknown offline unless given. */
  location?: string;
  /** Parameter values for templates (the text of a parameters file); applied to every template. */
  parametersText?: string;
  /** The imported design's name. */
  name?: string;
  /** Evaluation steps allowed for the whole import (a cap against runaway templates). */
  maxSteps?: number;
}

export type ImportErrorCode = 'invalid-json' | 'not-azure' | 'is-design';

export interface ImportFileError {
  file: string;
  code: ImportErrorCode;
  message: string;
}

export interface ImportedFile {
  name: string;
  format: AzureFileFormat;
  resources: number;
}

export type ImportAzureResult =
  | {
      ok: true;
      design: Design;
      files: ImportedFile[];
      warnings: ImportWarning[];
      skipped: SkippedResources[];
      /** Each skipped resource with its file and JSON path (up to 10,000). */
      skippedResources: SkippedResource[];
      /** Values that could not be known offline; 0 means nothing was lost. */
      placeholders: number;
    }
  | { ok: false; errors: ImportFileError[] };

export { DEFAULT_IMPORT_SCOPE };

function stem(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\.json[c]?$/i, '')
    .replace(/\.parameters$/i, '')
    .toLowerCase();
}

/**
 * Imports files into one design.
 * @example importAzureFiles([{ name: 'x.json', text: '[]' }]).ok === true
 */
export function importAzureFiles(
  files: readonly ImportFile[],
  options: ImportAzureOptions = {},
): ImportAzureResult {
  const errors: ImportFileError[] = [];
  const parsed: Array<{ file: ImportFile; doc: ArmValue; format: AzureFileFormat }> = [];
  for (const file of files) {
    const r = readJson(file.text);
    if (!r.ok) {
      errors.push({ file: file.name, code: 'invalid-json', message: `${file.name}: ${r.message}` });
      continue;
    }
    const format = detectFormat(r.value);
    if (format === 'unknown') {
      errors.push({
        file: file.name,
        code: 'not-azure',
        message: `${file.name} is not an ARM template, parameters file, Azure CLI / REST / Resource Graph / PowerShell output or Terraform JSON.`,
      });
    } else if (format === 'vnet-studio-design') {
      errors.push({
        file: file.name,
        code: 'is-design',
        message: `${file.name} is a VNet Studio design: open it instead of importing it.`,
      });
    } else parsed.push({ file, doc: r.value, format });
  }
  if (errors.length > 0) return { ok: false, errors };

  const warnings: ImportWarning[] = [];
  const resources: AzureResource[] = [];
  const report: ImportedFile[] = [];
  const budget = createBudget(options.maxSteps ?? MAX_EVAL_STEPS);
  const scope: DeploymentScope = {
    subscriptionId: options.subscriptionId ?? DEFAULT_IMPORT_SCOPE.subscriptionId,
    resourceGroup: options.resourceGroup ?? DEFAULT_IMPORT_SCOPE.resourceGroup,
    ...(options.location ? { location: options.location } : {}),
    deploymentName: 'import',
  };
  const optionParams = options.parametersText ? readJson(options.parametersText) : undefined;
  if (optionParams && !optionParams.ok)
    return {
      ok: false,
      errors: [
        { file: 'parameters', code: 'invalid-json', message: `The parameters file: ${optionParams.message}` },
      ],
    };
  const templates = parsed.filter((p) => p.format === 'arm-template');
  const parameterFiles = parsed.filter((p) => p.format === 'arm-parameters');

  let unresolved = 0;
  for (const { file, doc, format } of parsed) {
    let found: AzureResource[] = [];
    if (format === 'arm-template') {
      const own =
        parameterFiles.find((p) => stem(p.file.name) === stem(file.name)) ??
        (templates.length === 1 ? parameterFiles[0] : undefined);
      const paramDoc = optionParams?.ok ? optionParams.value : own?.doc;
      const r = expandTemplate(doc as ArmObject, {
        file: file.name,
        parameterValues: paramDoc === undefined ? undefined : readParameterValues(paramDoc),
        scope: { ...scope, deploymentName: stem(file.name) || 'import' },
        budget,
      });
      found = r.resources;
      warnings.push(...r.warnings);
      unresolved += r.unresolvedDeployments;
    } else if (format === 'azure-live') {
      const r = readLiveDocument(doc, file.name);
      found = r.resources.map((x) => ({ ...x, live: true }));
      warnings.push(...r.warnings);
    } else if (format === 'terraform') {
      const r = readTerraformDocument(doc, file.name);
      // A state describes what exists; a plan's planned values what will.
      const state = isArmObject(doc) && isArmObject(getProperty(doc, 'values'));
      found = state ? r.resources.map((x) => ({ ...x, live: true })) : r.resources;
      warnings.push(...r.warnings);
    }
    resources.push(...found);
    report.push({ name: file.name, format, resources: found.length });
  }

  const mapped = mapResourcesToDesign(resources, { name: options.name });
  const placeholderWarnings = warnings.filter((w) =>
    /copy count is not known|properties of .* are not known|condition is not known|can't be read offline|could not be evaluated|does not parse/.test(
      w.message,
    ),
  ).length;
  return {
    ok: true,
    design: mapped.design,
    files: report,
    warnings: [...warnings, ...mapped.warnings],
    skipped: unresolved
      ? [
          ...mapped.skipped,
          { type: 'Microsoft.Resources/deployments (linked template or module)', count: unresolved },
        ]
      : mapped.skipped,
    skippedResources: mapped.skippedResources,
    placeholders: mapped.placeholders + placeholderWarnings,
  };
}
