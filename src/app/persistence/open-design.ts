/** What happens when a design arrives from a file or a drop: open it as its own design, or explain. */

import type { OpenFileResult } from './open-design-file';
import type { StudioPersistence } from './studio-persistence';

/** Opens a read result: a new local design on success; otherwise the message, and nothing changes. */
export function applyOpenResult(
  persistence: StudioPersistence,
  result: OpenFileResult,
  source: string,
): void {
  if (!result.ok) {
    persistence.alert(`${source} could not be opened`, `${result.message}\nThe open design was not changed.`);
    return;
  }
  if (!persistence.openAsNew(result.design, source)) return;
  persistence.store
    .getState()
    .notify(`Opened “${result.design.name}”. It is kept in this browser as a new design.`);
}
