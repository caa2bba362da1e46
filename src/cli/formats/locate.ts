import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { type Design, entityCollections } from '../../domain/model/schema';

/** Where an object sits in the design file: 1-based lines and columns (UTF-16 code units), and its JSON path. */
export interface SourceRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** `$.subnets[2]`, or `$` for the design itself. */
  jsonPath: string;
}

/**
 * A source map of a design file: the region of every object by id, from the parse tree of the text the
 * design was read from (jsonc-parser keeps offsets, which `JSON.parse` does not).
 */
export function designSourceMap(
  text: string,
  design: Design,
): (objectId: string | undefined) => SourceRegion {
  const root = parseTree(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
  const where = new Map<string, [string, number]>();
  for (const key of entityCollections)
    design[key].forEach((entity, i) => {
      if (!where.has(entity.id)) where.set(entity.id, [key, i]);
    });
  const cache = new Map<string, SourceRegion>();
  const region = (path: [string, number] | undefined): SourceRegion => {
    const node = root && (path ? findNodeAtLocation(root, path) : root);
    const start = position(node?.offset ?? 0);
    const end = position((node?.offset ?? 0) + (node?.length ?? 0));
    return {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      jsonPath: path ? `$.${path[0]}[${path[1]}]` : '$',
    };
  };
  return (objectId) => {
    const key = objectId ?? '';
    let found = cache.get(key);
    if (!found) {
      found = region(objectId === undefined ? undefined : where.get(objectId));
      cache.set(key, found);
    }
    return found;
  };
}
