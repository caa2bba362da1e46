export type IntegerParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a whole number typed into a form field, within bounds. Number fields of the design must never
 * receive NaN or a fraction, so anything else is refused with a message instead.
 */
export function parseIntegerInput(text: string, min: number, max: number): IntegerParse {
  const t = text.trim();
  if (t === '') return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
  if (!/^-?\d+$/.test(t)) return { ok: false, message: `“${t}” is not a whole number.` };
  const value = Number(t);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
  return { ok: true, value };
}
