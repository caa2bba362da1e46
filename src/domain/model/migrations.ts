/**
 * Append-only migrations of design documents: each step takes a document of version N to N + 1 and is
 * never edited once released; older files and share links keep opening through the chain.
 */
import { DESIGN_VERSION } from './schema';

export interface Migration {
  /** A stable name for the step (`vnet-hub-objects`), for tests and reviews. */
  name: string;
  /** The version this step upgrades from. */
  from: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: readonly Migration[] = [
  {
    name: 'existing-in-azure',
    from: 1,
    description:
      'Version 2 lets any Azure object carry `existing: true` (it already exists in Azure; exports reference it ' +
      'instead of deploying it). Version-1 objects are all new, which is what an absent flag means.',
    up: (doc) => doc,
  },
];

export function migrateDesign(
  doc: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let current = doc;
  let version = current.version as number;
  while (version < DESIGN_VERSION) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, message: `No migration from design format version ${version}.` };
    current = { ...step.up(current), version: version + 1 };
    version += 1;
  }
  return { ok: true, value: current };
}
