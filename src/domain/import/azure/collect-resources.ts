/**
 * Brings resources from every file together: children written inline in their parent (a VNet's
 * `subnets`, an NSG's `securityRules`) become resources of their own, and resources described more
 * than once (inline and as a child, in a template and in `az` output) merge by id, compared
 * case-insensitively as Azure compares them.
 */
import {
  type ArmObject,
  type ArmValue,
  emptyObject,
  getProperty,
  isArmObject,
  isPlaceholder,
  placeholderText,
} from './arm/values';
import type { AzureResource } from './azure-resource';
import { propsOf } from './read-fields';
import { idKey, parentId } from './resource-id';

/** Parent type (lower case) → inline array property → child type segment. */
const INLINE_CHILDREN: Record<string, Array<[string, string]>> = {
  'microsoft.network/virtualnetworks': [
    ['subnets', 'subnets'],
    ['virtualNetworkPeerings', 'virtualNetworkPeerings'],
  ],
  'microsoft.network/networksecuritygroups': [['securityRules', 'securityRules']],
  'microsoft.network/routetables': [['routes', 'routes']],
};

function inlineChildren(r: AzureResource): AzureResource[] {
  const specs = INLINE_CHILDREN[r.type.toLowerCase()];
  if (!specs) return [];
  const out: AzureResource[] = [];
  for (const [prop, segment] of specs) {
    const items = getProperty(r.properties, prop);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isArmObject(item)) return;
      const rawName = getProperty(item, 'name');
      const name =
        typeof rawName === 'string'
          ? rawName
          : isPlaceholder(rawName)
            ? placeholderText(rawName, 80)
            : `${segment}-${i}`;
      const rawId = getProperty(item, 'id');
      const id = typeof rawId === 'string' && rawId.startsWith('/') ? rawId : `${r.id}/${segment}/${name}`;
      out.push({
        id,
        type: `${r.type}/${segment}`,
        name,
        properties: propsOf(item),
        existing: false,
        ...(r.live ? { live: true } : {}),
        source: { file: r.source.file, path: `${r.source.path}.properties.${prop}[${i}]` },
      });
    });
  }
  return out;
}

const MAX_MERGE_DEPTH = 32;

function mergeValues(a: ArmValue, b: ArmValue, depth: number): ArmValue {
  if (isPlaceholder(b) && a !== undefined && !isPlaceholder(a)) return a;
  if (depth < MAX_MERGE_DEPTH && isArmObject(a) && isArmObject(b)) {
    const out: ArmObject = emptyObject();
    for (const [k, v] of Object.entries(a)) out[k] = v;
    for (const [k, v] of Object.entries(b)) {
      const existingKey = Object.keys(out).find((x) => x.toLowerCase() === k.toLowerCase());
      if (existingKey !== undefined) {
        out[existingKey] = mergeValues(out[existingKey] as ArmValue, v, depth + 1);
      } else out[k] = v;
    }
    return out;
  }
  return b;
}

function mergeResources(a: AzureResource, b: AzureResource): AzureResource {
  const merged = mergeDescriptions(a, b);
  // Azure reported it in any of the files: it exists.
  return a.live || b.live ? { ...merged, live: true } : merged;
}

function mergeDescriptions(a: AzureResource, b: AzureResource): AzureResource {
  // A description beats a bare `existing` reference; between two descriptions, the later adds to the earlier.
  if (b.existing && !a.existing) return a;
  if (a.existing && !b.existing)
    return { ...b, properties: mergeValues(a.properties, b.properties, 0) as ArmObject };
  return {
    ...a,
    location: b.location !== undefined && !isPlaceholder(b.location) ? b.location : a.location,
    sku: b.sku ?? a.sku,
    kind: b.kind ?? a.kind,
    properties: mergeValues(a.properties, b.properties, 0) as ArmObject,
  };
}

/** Every resource once, children flattened, in first-seen order. */
export function collectResources(resources: readonly AzureResource[]): AzureResource[] {
  const byId = new Map<string, AzureResource>();
  const add = (r: AzureResource) => {
    const key = idKey(r.id);
    const prev = byId.get(key);
    byId.set(key, prev ? mergeResources(prev, r) : r);
  };
  for (const r of resources) {
    add(r);
    for (const child of inlineChildren(r)) add(child);
  }
  return [...byId.values()];
}

/** The resources by id key, and children grouped under their parent's id key. */
export function indexResources(resources: readonly AzureResource[]) {
  const byId = new Map<string, AzureResource>();
  const childrenOf = new Map<string, AzureResource[]>();
  for (const r of resources) {
    byId.set(idKey(r.id), r);
    const parent = idKey(parentId(r.id));
    const list = childrenOf.get(parent);
    if (list) list.push(r);
    else childrenOf.set(parent, [r]);
  }
  return { byId, childrenOf };
}
