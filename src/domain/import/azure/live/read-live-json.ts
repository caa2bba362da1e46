/**
 * What Azure's tools print about a live estate, as resources: Azure CLI (`az network vnet list`, ...,
 * `az resource list`), REST bodies (one object or `{ "value": [...] }`), Azure Resource Graph (`az graph
 * query` output `{ "data": [...] }`, or plain arrays, with lower-case types), and Azure PowerShell
 * (`ConvertTo-Json` of `Get-AzVirtualNetwork`, `Get-AzResource -ExpandProperties`, PascalCase). Property
 * names are read case-insensitively, and az's and PowerShell's flattened objects (no `properties`
 * envelope) read like REST ones.
 */
import { type ArmObject, type ArmValue, getProperty, isArmObject } from '../arm/values';
import type { AzureResource, ImportWarning } from '../azure-resource';
import { propsOf } from '../read-fields';
import { parseResourceId } from '../resource-id';

export interface LiveReadResult {
  resources: AzureResource[];
  warnings: ImportWarning[];
}

/** The list of items a live document holds, with the JSON path of the list. */
export function liveItems(doc: ArmValue, path = '$'): { items: ArmValue[]; path: string } | undefined {
  if (Array.isArray(doc)) return { items: doc, path };
  if (!isArmObject(doc)) return undefined;
  // The REST API specs' examples: `{ "parameters": ..., "responses": { "200": { "body": ... } } }`.
  const responses = getProperty(doc, 'responses');
  if (isArmObject(responses) && path === '$') {
    for (const status of ['200', '201']) {
      const response = getProperty(responses, status);
      const body = isArmObject(response) ? getProperty(response, 'body') : undefined;
      if (body !== undefined) return liveItems(body, `$.responses["${status}"].body`);
    }
  }
  for (const key of ['value', 'data']) {
    const list = getProperty(doc, key);
    if (Array.isArray(list)) return { items: list, path: `${path}.${key}` };
  }
  if (resourceIdOf(doc)) return { items: [doc], path };
  return undefined;
}

function resourceIdOf(o: ArmObject): string | undefined {
  const id = getProperty(o, 'id') ?? getProperty(o, 'resourceId');
  return typeof id === 'string' && id.startsWith('/') ? id : undefined;
}

/** Whether the document looks like live output: items with Azure resource ids. */
export function isLiveDocument(doc: ArmValue): boolean {
  const found = liveItems(doc);
  if (!found || found.items.length === 0)
    return Array.isArray(doc) || (isArmObject(doc) && Array.isArray(getProperty(doc, 'value')));
  return found.items.some((x) => isArmObject(x) && resourceIdOf(x) !== undefined);
}

const ENVELOPE_KEYS = new Set([
  'id',
  'resourceid',
  'name',
  'type',
  'resourcetype',
  'location',
  'kind',
  'sku',
  'tags',
  'etag',
  'properties',
]);

export function readLiveDocument(doc: ArmValue, file: string): LiveReadResult {
  const out: LiveReadResult = { resources: [], warnings: [] };
  const found = liveItems(doc);
  if (!found) return out;
  found.items.forEach((item, i) => {
    const path =
      found.items.length === 1 && !Array.isArray(doc) && found.path.endsWith('body')
        ? found.path
        : `${found.path}[${i}]`;
    if (!isArmObject(item)) return;
    const id = resourceIdOf(item);
    const parsed = id ? parseResourceId(id) : undefined;
    if (!id || !parsed) {
      if (out.warnings.length < 2000)
        out.warnings.push({ file, path, message: 'An item without an Azure resource id was not imported.' });
      return;
    }
    const typeValue = getProperty(item, 'type') ?? getProperty(item, 'resourceType');
    // Resource Graph prints types in lower case, PowerShell sometimes not at all: the id always has it.
    const type = typeof typeValue === 'string' && typeValue.includes('/') ? typeValue : parsed.type;
    const envelope = getProperty(item, 'properties');
    let properties = propsOf(item);
    if (!isArmObject(envelope)) {
      // Flattened (az, PowerShell): everything that isn't the envelope is a property.
      properties = Object.create(null) as ArmObject;
      for (const [k, v] of Object.entries(item)) if (!ENVELOPE_KEYS.has(k.toLowerCase())) properties[k] = v;
    }
    out.resources.push({
      id,
      type,
      name: parsed.names[parsed.names.length - 1] ?? String(getProperty(item, 'name') ?? ''),
      location: getProperty(item, 'location'),
      kind: getProperty(item, 'kind'),
      sku: getProperty(item, 'sku'),
      properties,
      existing: false,
      source: { file, path },
    });
  });
  return out;
}
