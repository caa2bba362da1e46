/**
 * Terraform JSON (`terraform show -json` of a state, or of a plan's planned values): azurerm resources and
 * azapi enterprise policies, in the root module and child modules, `count` and `for_each` instances alike
 * (each instance is its own resource in this JSON). Each becomes the Azure resource it manages, in ARM's
 * shape, so the one mapper builds the design; association resources add their attachment to the subnet.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */
import {
  type ArmObject,
  type ArmValue,
  emptyObject,
  fromJson,
  getProperty,
  isArmObject,
} from '../arm/values';
import type { AzureResource, ImportWarning } from '../azure-resource';
import { DEFAULT_IMPORT_SCOPE } from '../default-scope';
import { resourceGroupScope, resourceIdFor } from '../resource-id';

export interface TerraformReadResult {
  resources: AzureResource[];
  warnings: ImportWarning[];
}

interface Tf {
  address: string;
  type: string;
  values: ArmObject;
  path: string;
}

const MAX_MODULE_DEPTH = 20;

function collect(module: ArmValue | undefined, path: string, out: Tf[], depth = 0): void {
  if (!isArmObject(module) || depth > MAX_MODULE_DEPTH) return;
  const resources = getProperty(module, 'resources');
  if (Array.isArray(resources)) {
    resources.forEach((r, i) => {
      if (!isArmObject(r) || getProperty(r, 'mode') === 'data') return;
      const values = getProperty(r, 'values');
      const type = getProperty(r, 'type');
      if (typeof type !== 'string' || !isArmObject(values)) return;
      out.push({
        address: String(getProperty(r, 'address') ?? type),
        type,
        values,
        path: `${path}.resources[${i}]`,
      });
    });
  }
  const children = getProperty(module, 'child_modules');
  if (Array.isArray(children))
    children.forEach((c, i) => collect(c, `${path}.child_modules[${i}]`, out, depth + 1));
}

const str = (v: ArmValue | undefined) => (typeof v === 'string' ? v : undefined);
const list = (v: ArmValue | undefined) => (Array.isArray(v) ? v : []);
const obj = (entries: Record<string, ArmValue | undefined>): ArmObject => {
  const o = emptyObject();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) o[k] = v;
  return o;
};
const ref = (id: ArmValue | undefined) => (typeof id === 'string' && id ? obj({ id }) : undefined);

export function readTerraformDocument(doc: ArmValue, file: string): TerraformReadResult {
  const out: TerraformReadResult = { resources: [], warnings: [] };
  if (!isArmObject(doc)) return out;
  const tf: Tf[] = [];
  const state = getProperty(doc, 'values');
  const planned = getProperty(doc, 'planned_values');
  if (isArmObject(state)) collect(getProperty(state, 'root_module'), '$.values.root_module', tf);
  else if (isArmObject(planned))
    collect(getProperty(planned, 'root_module'), '$.planned_values.root_module', tf);
  for (const r of tf) {
    const v = r.values;
    const rg = str(getProperty(v, 'resource_group_name')) ?? DEFAULT_IMPORT_SCOPE.resourceGroup;
    const scope = resourceGroupScope(DEFAULT_IMPORT_SCOPE.subscriptionId, rg);
    const name = str(getProperty(v, 'name')) ?? r.address;
    const idOr = (type: string, names: string[]) =>
      str(getProperty(v, 'id')) ?? resourceIdFor(scope, type, names);
    const push = (type: string, id: string, properties: ArmObject, extra: Partial<AzureResource> = {}) => {
      out.resources.push({
        id,
        type,
        name: id.split('/').pop() ?? name,
        location: getProperty(v, 'location'),
        properties,
        existing: false,
        source: { file, path: r.path },
        ...extra,
      });
    };
    const attach = (key: string, target: ArmValue | undefined) => {
      const subnet = str(getProperty(v, 'subnet_id'));
      if (subnet && typeof target === 'string')
        push('Microsoft.Network/virtualNetworks/subnets', subnet, obj({ [key]: ref(target) }));
    };
    switch (r.type) {
      case 'azurerm_virtual_network':
        push(
          'Microsoft.Network/virtualNetworks',
          idOr('Microsoft.Network/virtualNetworks', [name]),
          obj({
            addressSpace: obj({ addressPrefixes: list(getProperty(v, 'address_space')) }),
            dhcpOptions: obj({ dnsServers: list(getProperty(v, 'dns_servers')) }),
            subnets: list(getProperty(v, 'subnet')).flatMap((s) =>
              isArmObject(s)
                ? [
                    obj({
                      name: getProperty(s, 'name'),
                      id: getProperty(s, 'id'),
                      properties: obj({
                        addressPrefixes: getProperty(s, 'address_prefixes'),
                        addressPrefix: getProperty(s, 'address_prefix'),
                        networkSecurityGroup: ref(getProperty(s, 'security_group')),
                      }),
                    }),
                  ]
                : [],
            ),
          }),
        );
        break;
      case 'azurerm_subnet': {
        const vnet = str(getProperty(v, 'virtual_network_name')) ?? 'vnet';
        push(
          'Microsoft.Network/virtualNetworks/subnets',
          idOr('Microsoft.Network/virtualNetworks/subnets', [vnet, name]),
          obj({
            addressPrefixes: list(getProperty(v, 'address_prefixes')),
            delegations: list(getProperty(v, 'delegation')).flatMap((d) =>
              list(isArmObject(d) ? getProperty(d, 'service_delegation') : undefined).map((sd) =>
                obj({
                  properties: obj({ serviceName: isArmObject(sd) ? getProperty(sd, 'name') : undefined }),
                }),
              ),
            ),
          }),
        );
        break;
      }
      case 'azurerm_virtual_network_peering': {
        const vnet = str(getProperty(v, 'virtual_network_name')) ?? 'vnet';
        push(
          'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
          idOr('Microsoft.Network/virtualNetworks/virtualNetworkPeerings', [vnet, name]),
          obj({
            remoteVirtualNetwork: ref(getProperty(v, 'remote_virtual_network_id')),
            allowVirtualNetworkAccess: getProperty(v, 'allow_virtual_network_access'),
            allowForwardedTraffic: getProperty(v, 'allow_forwarded_traffic'),
            allowGatewayTransit: getProperty(v, 'allow_gateway_transit'),
            useRemoteGateways: getProperty(v, 'use_remote_gateways'),
          }),
        );
        break;
      }
      case 'azurerm_network_security_group':
        push(
          'Microsoft.Network/networkSecurityGroups',
          idOr('Microsoft.Network/networkSecurityGroups', [name]),
          obj({
            securityRules: list(getProperty(v, 'security_rule')).flatMap((x) =>
              isArmObject(x) ? [obj({ name: getProperty(x, 'name'), properties: securityRule(x) })] : [],
            ),
          }),
        );
        break;
      case 'azurerm_network_security_rule': {
        const nsg = str(getProperty(v, 'network_security_group_name')) ?? 'nsg';
        push(
          'Microsoft.Network/networkSecurityGroups/securityRules',
          idOr('Microsoft.Network/networkSecurityGroups/securityRules', [nsg, name]),
          securityRule(v),
        );
        break;
      }
      case 'azurerm_route_table':
        push(
          'Microsoft.Network/routeTables',
          idOr('Microsoft.Network/routeTables', [name]),
          obj({
            disableBgpRoutePropagation: bgpDisabled(v),
            routes: list(getProperty(v, 'route')).flatMap((x) =>
              isArmObject(x) ? [obj({ name: getProperty(x, 'name'), properties: route(x) })] : [],
            ),
          }),
        );
        break;
      case 'azurerm_route': {
        const table = str(getProperty(v, 'route_table_name')) ?? 'rt';
        push(
          'Microsoft.Network/routeTables/routes',
          idOr('Microsoft.Network/routeTables/routes', [table, name]),
          route(v),
        );
        break;
      }
      case 'azurerm_nat_gateway':
        push('Microsoft.Network/natGateways', idOr('Microsoft.Network/natGateways', [name]), obj({}), {
          sku: obj({ name: getProperty(v, 'sku_name') ?? 'Standard' }),
        });
        break;
      case 'azurerm_public_ip':
        push(
          'Microsoft.Network/publicIPAddresses',
          idOr('Microsoft.Network/publicIPAddresses', [name]),
          obj({}),
          { sku: obj({ name: getProperty(v, 'sku') ?? 'Standard' }) },
        );
        break;
      case 'azurerm_public_ip_prefix':
        push(
          'Microsoft.Network/publicIPPrefixes',
          idOr('Microsoft.Network/publicIPPrefixes', [name]),
          obj({ prefixLength: getProperty(v, 'prefix_length') }),
          { sku: obj({ name: getProperty(v, 'sku') ?? 'Standard' }) },
        );
        break;
      case 'azurerm_nat_gateway_public_ip_association':
      case 'azurerm_nat_gateway_public_ip_prefix_association': {
        const nat = str(getProperty(v, 'nat_gateway_id'));
        const prefix = r.type.endsWith('prefix_association');
        const target = ref(getProperty(v, prefix ? 'public_ip_prefix_id' : 'public_ip_address_id'));
        if (nat && target)
          push(
            'Microsoft.Network/natGateways',
            nat,
            obj({ [prefix ? 'publicIpPrefixes' : 'publicIpAddresses']: [target] }),
          );
        break;
      }
      case 'azurerm_subnet_network_security_group_association':
        attach('networkSecurityGroup', getProperty(v, 'network_security_group_id'));
        break;
      case 'azurerm_subnet_route_table_association':
        attach('routeTable', getProperty(v, 'route_table_id'));
        break;
      case 'azurerm_subnet_nat_gateway_association':
        attach('natGateway', getProperty(v, 'nat_gateway_id'));
        break;
      case 'azurerm_private_dns_zone':
        push('Microsoft.Network/privateDnsZones', idOr('Microsoft.Network/privateDnsZones', [name]), obj({}));
        break;
      case 'azurerm_private_dns_zone_virtual_network_link': {
        const zone = str(getProperty(v, 'private_dns_zone_name')) ?? 'zone';
        push(
          'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
          idOr('Microsoft.Network/privateDnsZones/virtualNetworkLinks', [zone, name]),
          obj({ virtualNetwork: ref(getProperty(v, 'virtual_network_id')) }),
        );
        break;
      }
      case 'azurerm_private_endpoint':
        push(
          'Microsoft.Network/privateEndpoints',
          idOr('Microsoft.Network/privateEndpoints', [name]),
          obj({ subnet: ref(getProperty(v, 'subnet_id')) }),
        );
        break;
      case 'azapi_resource': {
        const type = (str(getProperty(v, 'type')) ?? '').split('@')[0] ?? '';
        if (type.toLowerCase() !== 'microsoft.powerplatform/enterprisepolicies') {
          out.resources.push({
            id: `${scope}/providers/${type || 'azapi'}/${name}`,
            type: type || 'azapi_resource',
            name,
            properties: emptyObject(),
            existing: false,
            source: { file, path: r.path },
          });
          break;
        }
        let body = getProperty(v, 'body');
        if (typeof body === 'string') {
          try {
            body = fromJson(JSON.parse(body));
          } catch {
            body = undefined;
          }
        }
        const parent = str(getProperty(v, 'parent_id')) ?? scope;
        push(
          'Microsoft.PowerPlatform/enterprisePolicies',
          str(getProperty(v, 'id')) ??
            `${parent}/providers/Microsoft.PowerPlatform/enterprisePolicies/${name}`,
          isArmObject(body) && isArmObject(getProperty(body, 'properties'))
            ? (getProperty(body, 'properties') as ArmObject)
            : emptyObject(),
          {
            kind: (isArmObject(body) ? getProperty(body, 'kind') : undefined) ?? 'NetworkInjection',
          },
        );
        break;
      }
      default:
        // Counted as skipped by the mapper under the Terraform type.
        out.resources.push({
          id: `${scope}/providers/terraform/${r.type}/${r.address}`,
          type: r.type,
          name,
          properties: emptyObject(),
          existing: false,
          source: { file, path: r.path },
        });
    }
  }
  return out;
}

function securityRule(x: ArmObject): ArmObject {
  return obj({
    priority: getProperty(x, 'priority'),
    direction: getProperty(x, 'direction'),
    access: getProperty(x, 'access'),
    protocol: getProperty(x, 'protocol'),
    sourcePortRange: getProperty(x, 'source_port_range') || undefined,
    sourcePortRanges: getProperty(x, 'source_port_ranges'),
    destinationPortRange: getProperty(x, 'destination_port_range') || undefined,
    destinationPortRanges: getProperty(x, 'destination_port_ranges'),
    sourceAddressPrefix: getProperty(x, 'source_address_prefix') || undefined,
    sourceAddressPrefixes: getProperty(x, 'source_address_prefixes'),
    destinationAddressPrefix: getProperty(x, 'destination_address_prefix') || undefined,
    destinationAddressPrefixes: getProperty(x, 'destination_address_prefixes'),
  });
}

function route(x: ArmObject): ArmObject {
  return obj({
    addressPrefix: getProperty(x, 'address_prefix'),
    nextHopType: getProperty(x, 'next_hop_type'),
    nextHopIpAddress: getProperty(x, 'next_hop_in_ip_address') || undefined,
  });
}

/** azurerm 4 names it `bgp_route_propagation_enabled`; azurerm 3 `disable_bgp_route_propagation`. */
function bgpDisabled(v: ArmObject): ArmValue {
  const enabled = getProperty(v, 'bgp_route_propagation_enabled');
  if (typeof enabled === 'boolean') return !enabled;
  return getProperty(v, 'disable_bgp_route_propagation') ?? false;
}
