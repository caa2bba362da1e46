/**
 * The studio's one size limit: a design is kept (saved in the browser, written to a file) only when the
 * file it would become opens again. The check serializes the design as a file and runs it through the
 * same loader that reopens stored designs and files, so the studio and the loader cannot disagree.
 */
import { serializeDesign } from '../domain/import/import-design';
import { describeLoadErrors, parseDesignJson } from '../domain/model/load';
import type { Design } from '../domain/model/schema';

export type KeepableResult = { ok: true } | { ok: false; reason: string };

/** Whether `design` would open again after being saved; the reason in words when it would not. */
export function checkKeepable(design: Design): KeepableResult {
  const loaded = parseDesignJson(serializeDesign(design));
  if (loaded.ok) return { ok: true };
  const first = loaded.errors.slice(0, 3);
  const more = loaded.errors.length - first.length;
  return {
    ok: false,
    reason: `The design could not be opened again once saved: ${describeLoadErrors(first)}${
      more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''
    }`,
  };
}
