import type { Design } from './schema';

/**
 * `existing` is written only when true: an object that is new (the usual case) carries no flag, so files
 * stay as they were before the flag existed. No other field of the format is named `existing`, and layout
 * values are positions, never booleans, so dropping every `existing: false` touches nothing else.
 */
function omitExistingFalse(key: string, value: unknown): unknown {
  return key === 'existing' && value === false ? undefined : value;
}

/**
 * The text of a design file: the documented format as pretty JSON, ending with a newline. Its length is
 * what `DESIGN_LIMITS.fileText` caps.
 * @example serializeDesign(design).endsWith('}\n')
 */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, omitExistingFalse, 2)}\n`;
}
