import type { Design } from '../../domain/model/schema';
import { designFileName } from '../../platform/design-file';

/** The design's file name without `.json`, for its other files (`<name>.png`, `<name>-ip-plan.csv`). */
export function fileBaseName(design: Design): string {
  return designFileName(design).replace(/\.json$/, '');
}
