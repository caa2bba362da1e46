/**
 * Azure resource ids: built the way ARM's `resourceId()` builds them, read back into type, names,
 * subscription and resource group, and compared case-insensitively as Azure does.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource#resourceid
 */

export interface ParsedResourceId {
  subscriptionId?: string;
  resourceGroup?: string;
  /** Full type, e.g. `Microsoft.Network/virtualNetworks/subnets`. */
  type: string;
  /** Names from the top-level resource down, e.g. `['vnet-hub', 'snet-pp']`. */
  names: string[];
}

/**
 * The resource id for a type and its names below a scope (`/subscriptions/s/resourceGroups/g`, `/subscriptions/s`, or '').
 * @example resourceIdFor('/subscriptions/s/resourceGroups/g', 'Microsoft.Network/virtualNetworks/subnets', ['v', 'a'])
 *   === '/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v/subnets/a'
 */
export function resourceIdFor(scope: string, type: string, names: readonly string[]): string {
  const [namespace, ...types] = type.split('/');
  let out = `${scope}/providers/${namespace}`;
  types.forEach((t, i) => {
    out += `/${t}/${names[i] ?? ''}`;
  });
  return out;
}

export function resourceGroupScope(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

/** Reads an id; undefined for text that is not a resource id. Extension resources keep their last provider. */
export function parseResourceId(id: string): ParsedResourceId | undefined {
  if (typeof id !== 'string' || !id.startsWith('/')) return undefined;
  const parts = id.split('/').slice(1);
  let subscriptionId: string | undefined;
  let resourceGroup: string | undefined;
  let i = 0;
  if (parts[i]?.toLowerCase() === 'subscriptions') {
    subscriptionId = parts[i + 1];
    i += 2;
  }
  if (parts[i]?.toLowerCase() === 'resourcegroups') {
    resourceGroup = parts[i + 1];
    i += 2;
  }
  let providerAt = -1;
  for (let j = i; j < parts.length; j++) if (parts[j]?.toLowerCase() === 'providers') providerAt = j;
  if (providerAt === -1) {
    if (resourceGroup !== undefined && i === parts.length)
      return {
        subscriptionId,
        resourceGroup,
        type: 'Microsoft.Resources/resourceGroups',
        names: [resourceGroup],
      };
    return undefined;
  }
  const namespace = parts[providerAt + 1];
  const rest = parts.slice(providerAt + 2);
  if (!namespace || rest.length < 2 || rest.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let j = 0; j < rest.length; j += 2) {
    types.push(rest[j] as string);
    names.push(rest[j + 1] as string);
  }
  return { subscriptionId, resourceGroup, type: [namespace, ...types].join('/'), names };
}

/** The id as Azure compares it: case-insensitive, without a trailing slash. */
export function idKey(id: string): string {
  return id.replace(/\/+$/, '').toLowerCase();
}

/** The parent's id (`.../virtualNetworks/v` for `.../virtualNetworks/v/subnets/s`). */
export function parentId(id: string): string {
  return id.replace(/\/+$/, '').split('/').slice(0, -2).join('/');
}

/** Type names compared case-insensitively. */
export function sameType(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
