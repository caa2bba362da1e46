/**
 * The studio's one size limit: a design is kept (saved in the browser, written to a file) only when the
 * file it would become opens again. The check is the loader's own limits (`checkDesignLimits`: objects,
 * items per list, references, the size of the file), so the studio and the loader cannot disagree.
 */
import { checkDesignLimits } from '../domain/model/check-design-limits';
import { describeLoadErrors } from '../domain/model/load';
import type { Design } from '../domain/model/schema';

export type KeepableResult = { ok: true } | { ok: false; reason: string };

/** Whether `design` would open again after being saved; the reason in words when it would not. */
export function checkKeepable(design: Design): KeepableResult {
  const checked = checkDesignLimits(design);
  if (checked.ok) return { ok: true };
  const first = checked.issues.slice(0, 3);
  const more = checked.issues.length - first.length;
  return {
    ok: false,
    reason: `The design could not be opened again once saved: ${describeLoadErrors(first)}${
      more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''
    }`,
  };
}
