/** "Address prefix" → "address prefix", but "DNS server" stays (an acronym keeps its case). */
export function lowerFirst(text: string): string {
  return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
