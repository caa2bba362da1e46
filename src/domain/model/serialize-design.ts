import type { Design } from './schema';

/**
 * The text of a design file: the documented format as pretty JSON, ending with a newline. Its length is
 * what `DESIGN_LIMITS.fileText` caps.
 * @example serializeDesign(design).endsWith('}\n')
 */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
