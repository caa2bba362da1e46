/**
 * What the export view shows for one choice of tab, contents and scope, computed from the domain's
 * exporters and memoized on the design object and those options.
 */
import { deploymentTarget } from '../../domain/export/deployment-targets';
import { type ExportTarget, exportDesign } from '../../domain/export/export-design';
import { listExportScopes } from '../../domain/export/list-export-scopes';
import { describeObject } from '../../domain/export/plan/describe';
import { exportTerraformFiles } from '../../domain/export/terraform/export-terraform-files';
import { designSlug } from '../../domain/model/design-slug';
import type { Design } from '../../domain/model/schema';
import type { CodeLanguage } from './highlighter';

export type ExportTab = 'bicep' | 'arm' | 'terraform' | 'script';
/** The whole design, the selected objects (plus what they need), or one object's own resources. */
export type ExportContents = 'design' | 'selection' | 'object';

const tabIds: readonly ExportTab[] = ['bicep', 'arm', 'terraform', 'script'];
/** The tabs: the deployment targets that are templates or the script, as the registry names them. */
export const exportTabs: readonly { id: ExportTab; label: string; language: CodeLanguage }[] = tabIds.flatMap(
  (id) => {
    const t = deploymentTarget(id);
    return t && t.grammar !== 'yaml' ? [{ id, label: t.label, language: t.grammar }] : [];
  },
);

export interface ExportRequest {
  tab: ExportTab;
  contents: ExportContents;
  /** The studio's selection; used by the `selection` and `object` contents. */
  selection: readonly string[];
  /** `subscriptionId/resourceGroup`; the exporter's default when absent or not one of the scopes. */
  scope?: string;
}

export interface ExportView {
  tab: ExportTab;
  text: string;
  fileName: string;
  mediaType: string;
  language: CodeLanguage;
  /** Notes from the exporter: references not included, other scopes, the order to deploy in. */
  warnings: string[];
  /** What the export does not deploy: routes to appliances, VNets in other resource groups, placeholder ids. */
  notes: string[];
  /** Validation errors of the design, listed at the top of a full export. */
  errorCount: number;
  /** The resource groups this export spans; a picker is shown when there are several. */
  scopes: string[];
  /** The scope shown (the first of `scopes` unless another was picked). */
  scope: string | undefined;
  /** The contents actually shown: `selection` and `object` fall back when the selection does not fit. */
  contents: ExportContents;
  /** Set when there is no code to show, saying why. */
  empty?: string;
}

/** The contents a selection allows: `object` needs exactly one selected object, `selection` at least one. */
export function effectiveContents(contents: ExportContents, selection: readonly string[]): ExportContents {
  if (contents === 'object')
    return selection.length === 1 ? 'object' : effectiveContents('selection', selection);
  if (contents === 'selection') return selection.length > 0 ? 'selection' : 'design';
  return 'design';
}

const languageOf = (tab: ExportTab): CodeLanguage =>
  exportTabs.find((t) => t.id === tab)?.language ?? 'bicep';

const slug = (text: string) =>
  text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'object';

const cache = new WeakMap<Design, Map<string, ExportView>>();

const keyOf = (request: ExportRequest, contents: ExportContents) =>
  JSON.stringify([
    request.tab,
    contents,
    contents === 'design' ? null : request.selection,
    request.scope ?? null,
  ]);

function viewsOf(design: Design): Map<string, ExportView> {
  let views = cache.get(design);
  if (!views) {
    views = new Map();
    cache.set(design, views);
  }
  return views;
}

/** The view of a request if it was computed for this design object already. */
export function cachedExportView(design: Design, request: ExportRequest): ExportView | undefined {
  return cache.get(design)?.get(keyOf(request, effectiveContents(request.contents, request.selection)));
}

/** Keeps a view computed elsewhere (in the export worker) for this design object. */
export function rememberExportView(design: Design, request: ExportRequest, view: ExportView): void {
  const views = viewsOf(design);
  // A few views per design are enough (three tabs, a scope or two); the map dies with the design.
  if (views.size > 24) views.clear();
  views.set(keyOf(request, effectiveContents(request.contents, request.selection)), view);
}

/** The export for one request. Never throws: an exporter failure becomes an empty view saying why. */
export function exportView(design: Design, request: ExportRequest): ExportView {
  const hit = cachedExportView(design, request);
  if (hit) return hit;
  const contents = effectiveContents(request.contents, request.selection);
  const selection = contents === 'design' ? undefined : request.selection;
  const view = computeView(design, request.tab, contents, selection, request.scope);
  rememberExportView(design, request, view);
  return view;
}

function computeView(
  design: Design,
  tab: ExportTab,
  contents: ExportContents,
  selection: readonly string[] | undefined,
  requestedScope: string | undefined,
): ExportView {
  const language = languageOf(tab);
  let scopes: string[] = [];
  try {
    scopes = listExportScopes(design, selection);
    const scope = requestedScope && scopes.includes(requestedScope) ? requestedScope : scopes[0];
    const full = exportDesign(design, {
      target: tab as ExportTarget,
      selection,
      scope,
      fileStem: designSlug(design),
    });
    const view: ExportView = { ...full, tab, language, scopes, scope, contents };
    const objectId = selection?.[0];
    const target = deploymentTarget(tab);
    if (contents !== 'object' || !target?.renderSnippet || objectId === undefined) return view;
    // One object's own resources: a snippet to paste into an existing template.
    const text = target.renderSnippet(design, objectId);
    const name = describeObject(design, objectId);
    const extension = target.extension;
    return {
      ...view,
      text,
      fileName: `${slug(name)}.snippet${extension}`,
      ...(text
        ? {}
        : { empty: `${name.charAt(0).toUpperCase()}${name.slice(1)} has no ARM resource of its own.` }),
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      tab,
      text: '',
      fileName: '',
      mediaType: 'text/plain',
      language,
      warnings: [],
      notes: [],
      errorCount: 0,
      scopes,
      scope: undefined,
      contents,
      empty: `The export failed: ${message}`,
    };
  }
}

export interface ExportFile {
  name: string;
  text: string;
}

/**
 * Every file of an export, for "Download all": the Bicep file, the ARM template, the Terraform
 * configuration (a folder of one file per concern) and the script of each resource group the export
 * spans (the file names carry the resource group when there are several).
 */
export function allExportFiles(design: Design, selection?: readonly string[]): ExportFile[] {
  const files: ExportFile[] = [];
  for (const scope of listExportScopes(design, selection)) {
    for (const { id } of exportTabs) {
      if (id === 'terraform') {
        files.push(...exportTerraformFiles(design, { selection, scope, fileStem: designSlug(design) }));
        continue;
      }
      const result = exportDesign(design, { target: id, selection, scope, fileStem: designSlug(design) });
      files.push({ name: result.fileName, text: result.text });
    }
  }
  return files;
}
