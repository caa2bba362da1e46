import { type ArmScope, evaluateExpressionText, simpleScope } from '../evaluate';
import { toJson } from '../functions/string';
import { type ArmValue, fromJson, isPlaceholder } from '../values';

/** Evaluates `[expr]` with the given parameters and returns plain JSON (placeholders as their text). */
export function ev(
  expr: string,
  parameters: Record<string, unknown> = {},
  scope?: Partial<ArmScope['scope']>,
): unknown {
  const params = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, fromJson(v)]));
  return toJson(evaluateExpressionText(`[${expr}]`, simpleScope({ parameters: params, scope })));
}

/** The raw value and the warnings. */
export function evRaw(
  expr: string,
  parameters: Record<string, unknown> = {},
): { value: ArmValue; warnings: string[] } {
  const warnings: string[] = [];
  const params = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, fromJson(v)]));
  const value = evaluateExpressionText(`[${expr}]`, simpleScope({ parameters: params, warnings }));
  return { value, warnings };
}

export { isPlaceholder };
