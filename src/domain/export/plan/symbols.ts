/**
 * Symbolic names for Bicep (and the ARM renderer's bookkeeping). Each starts with a kind word so that it
 * can never shadow a Bicep keyword, parameter or function (`resourceId`, `format`, ...).
 */
export class SymbolTable {
  private readonly used = new Set<string>(['namePrefix', 'tags']);

  /** A fresh identifier for `kind` + design id, e.g. (`vnet`, `hub-eastus`) → `vnetHubEastus`. */
  claim(kind: string, id: string): string {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const tail = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    // ids such as `vnet1` already say their kind: keep them as they are
    const base = tail.toLowerCase().startsWith(kind.toLowerCase())
      ? kind + tail.slice(kind.length)
      : kind + tail;
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
