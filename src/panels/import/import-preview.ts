/**
 * What the Import dialog shows before anything changes: per kind of object, how many the import adds to
 * this design and how many it updates, the drift, and the design "Add to this design" would apply.
 */
import type { ImportAzureResult } from '../../domain/import/azure/import-azure-files';
import { type DriftEntry, mergeImport } from '../../domain/import/merge-import';
import { collectionLabels } from '../../domain/model/compare-designs';
import { type Design, type EntityCollection, entityCollections } from '../../domain/model/schema';
import { placeImported } from './place-imported';

export interface PreviewRow {
  collection: EntityCollection;
  label: string;
  add: number;
  update: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** Changes to objects the design already has, and its objects the estate no longer has. */
  drift: DriftEntry[];
  added: string[];
  updated: string[];
  /** The design after "Add to this design". */
  merged: Design;
}

export function previewImport(
  design: Design,
  result: Extract<ImportAzureResult, { ok: true }>,
): ImportPreview {
  const merge = mergeImport(design, result.design);
  const collectionOf = new Map<string, EntityCollection>();
  for (const key of entityCollections) for (const e of merge.design[key]) collectionOf.set(e.id, key);
  const rows: PreviewRow[] = [];
  for (const collection of entityCollections) {
    const add = merge.added.filter((id) => collectionOf.get(id) === collection).length;
    const update = merge.updated.filter((id) => collectionOf.get(id) === collection).length;
    if (add + update > 0) rows.push({ collection, label: collectionLabels[collection], add, update });
  }
  return {
    rows,
    drift: merge.drift.filter((d) => d.change !== 'added' || merge.updated.length > 0),
    added: merge.added,
    updated: merge.updated,
    merged: placeImported(design, merge.design, merge.added),
  };
}

/** Ids to highlight after a refresh: what changed, else what was added. */
export function highlightIds(preview: ImportPreview): string[] {
  const changed = preview.drift.filter((d) => d.change === 'changed').map((d) => d.id);
  return changed.length > 0 ? changed : preview.added;
}
