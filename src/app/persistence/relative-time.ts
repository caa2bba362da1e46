/** "just now", "5 minutes ago", "yesterday", or a date: when a recent design was last changed. */
export function relativeTime(at: number, now: number = Date.now(), locale?: string): string {
  const seconds = Math.round((at - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 6 * 86400) return format.format(Math.round(seconds / 86400), 'day');
  return new Date(at).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}
