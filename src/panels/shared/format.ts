/** Number formatting shared by the panels (fixed locale so that tests and screenshots are stable). */
const counts = new Intl.NumberFormat('en-US');

/** 16384 → "16,384". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? counts.format(n) : '∞';
}

/** 80.1 → "80.1 %"; whole numbers lose the decimal; infinite → "∞ %". */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '∞ %';
  const rounded = Math.round(p * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} %`;
}

/** "1 environment", "3 environments". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
