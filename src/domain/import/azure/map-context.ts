/**
 * Shared state while one set of Azure resources becomes a design: id allocation, warnings with the
 * file and JSON path they concern, placeholders met, and what the design can't hold (skipped by type).
 */
import type { Placeholder } from './arm/values';
import type { AzureResource, ImportWarning, SkippedResource, SkippedResources } from './azure-resource';
import type { PlaceholderSink } from './read-fields';

export class MapContext {
  readonly warnings: ImportWarning[] = [];
  placeholders = 0;
  private readonly taken = new Set<string>();
  private readonly skipped = new Map<string, number>();
  /** Each skipped resource with its file and JSON path (capped, like the warnings). */
  readonly skippedResources: SkippedResource[] = [];

  /** A design id from a prefix and an Azure name, unique in the design and valid in its format. */
  allocateId(prefix: string, name: string): string {
    const base =
      `${prefix}-${name}`
        .replace(/[^A-Za-z0-9_.:-]+/g, '-')
        .replace(/-+$/, '')
        .slice(0, 90) || prefix;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }

  warn(r: Pick<AzureResource, 'source'>, message: string, field?: string): void {
    if (this.warnings.length >= 2000) return;
    this.warnings.push({
      file: r.source.file,
      path: field ? `${r.source.path}.${field}` : r.source.path,
      message,
    });
  }

  /** The sink for one resource: each placeholder met becomes a warning naming the field. */
  sink(r: Pick<AzureResource, 'source' | 'name'>): PlaceholderSink {
    return (field: string, p: Placeholder) => {
      this.placeholders++;
      this.warn(
        r,
        `"${r.name}": ${field} is not known offline (${p.reason}); the design shows a placeholder.`,
        field,
      );
    };
  }

  skip(type: string, from?: Pick<AzureResource, 'source'>): void {
    this.skipped.set(type, (this.skipped.get(type) ?? 0) + 1);
    if (from && this.skippedResources.length < 10_000)
      this.skippedResources.push({ type, file: from.source.file, path: from.source.path });
  }

  skippedList(): SkippedResources[] {
    return [...this.skipped]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => a.type.localeCompare(b.type));
  }
}
