/**
 * A message of many lines (one per unreadable entry, one per problem) cut to its first lines and a
 * count of the rest, each line cut to a readable length, so that a banner stays readable whatever the
 * number or size of the problems.
 *
 * @example summarizeLines('a\nb\nc', 2) // 'a\nb\n…and 1 more.'
 */
export function summarizeLines(message: string, max: number, lineLength = 300): string {
  const lines = message.split('\n');
  const cut = (line: string) => (line.length > lineLength ? `${line.slice(0, lineLength - 1)}…` : line);
  if (lines.length <= max + 1) return lines.map(cut).join('\n');
  const rest = lines.length - max;
  return `${lines.slice(0, max).map(cut).join('\n')}\n…and ${rest.toLocaleString('en-US')} more.`;
}
