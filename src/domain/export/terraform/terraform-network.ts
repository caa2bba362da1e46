/**
 * The Microsoft.Network resources of the plan as azurerm resources (provider 4.x): one resource per
 * planned resource, except that a VNet's inline subnets become `azurerm_subnet` resources with their
 * `azurerm_subnet_*_association` resources, and a NAT gateway's public IPs are attached by
 * `azurerm_nat_gateway_*_association` resources, as the azurerm documentation recommends.
 */
import type { Expr } from '../plan/expr';
import type { PlannedResource } from '../plan/types';
import { attr, blank, block, comment, type HclItem, list, raw, text, texts } from './hcl-writer';
import type { TerraformLabels } from './terraform-labels';
import { field, hclValue, items, nameValue, snake, type TerraformRefs, textOf } from './terraform-values';

/** azurerm resource type of each ARM type the plan declares. */
export const AZURERM_TYPE: Record<string, string> = {
  'Microsoft.Network/networkSecurityGroups': 'azurerm_network_security_group',
  'Microsoft.Network/routeTables': 'azurerm_route_table',
  'Microsoft.Network/publicIPAddresses': 'azurerm_public_ip',
  'Microsoft.Network/publicIPPrefixes': 'azurerm_public_ip_prefix',
  'Microsoft.Network/natGateways': 'azurerm_nat_gateway',
  'Microsoft.Network/virtualNetworks': 'azurerm_virtual_network',
  'Microsoft.Network/virtualNetworks/subnets': 'azurerm_subnet',
  'Microsoft.Network/virtualNetworks/virtualNetworkPeerings': 'azurerm_virtual_network_peering',
};

/**
 * Actions Azure sets on a subnet delegated to Power Platform enterprise policies, as the Power Platform
 * provider's own network injection example declares them (without them every plan shows a change).
 */
const DELEGATION_ACTIONS: Record<string, string[]> = {
  'Microsoft.PowerPlatform/enterprisePolicies': ['Microsoft.Network/virtualNetworks/subnets/join/action'],
};

/** What rendering needs besides the resource: addresses, labels, and where subnets were declared. */
export interface NetworkContext {
  refs: TerraformRefs;
  labels: TerraformLabels;
  /** `azurerm_subnet` address of each declared subnet, by `<VNet symbol>/<subnet name>`. */
  subnets: Map<string, string>;
  /** The plan's resource of a symbol (an existing VNet is a parent without a Terraform address). */
  resourceOf(symbol: string): PlannedResource | undefined;
}

/** `virtual_network_name` of a child resource: the parent's own name, or an existing VNet's name. */
function parentName(r: PlannedResource, ctx: NetworkContext): HclItem {
  const address = r.parent ? ctx.refs.addressOf(r.parent) : undefined;
  if (address) return attr('virtual_network_name', raw(`${address}.name`));
  const existing = r.parent ? ctx.resourceOf(r.parent) : undefined;
  if (!existing?.existing)
    throw new Error(`${r.label} "${r.displayName}" has no virtual network in the configuration.`);
  return attr('virtual_network_name', nameValue(existing.name));
}

const location = (r: PlannedResource) =>
  r.location === undefined ? [] : [attr('location', text(r.location))];
const resourceGroup = attr('resource_group_name', raw('var.resource_group_name'));
const tags = attr('tags', raw('var.tags'));
const heading = (r: PlannedResource) =>
  comment(`${r.label} ${JSON.stringify(r.displayName)} (design object ${r.sourceId})`);

/** The azurerm resources of one planned Microsoft.Network resource, each preceded by a comment. */
export function networkItems(r: PlannedResource, address: string, ctx: NetworkContext): HclItem[] {
  const [type, label] = address.split('.') as [string, string];
  const value = (e: Expr) => hclValue(e, ctx.refs);
  const props = r.properties;
  const common = [attr('name', nameValue(r.name)), ...location(r), resourceGroup];
  switch (r.type) {
    case 'Microsoft.Network/networkSecurityGroups': {
      const rules = items(field(props, 'securityRules')).map((rule) =>
        block(
          'security_rule',
          [],
          [
            attr('name', value(field(rule, 'name') as Expr)),
            ...(field(rule, 'properties')?.k === 'obj'
              ? (field(rule, 'properties') as { entries: [string, Expr][] }).entries.map(([k, v]) =>
                  attr(snake(k), value(v)),
                )
              : []),
          ],
        ),
      );
      return [heading(r), block('resource', [type, label], [...common, tags, ...rules])];
    }
    case 'Microsoft.Network/routeTables': {
      const disabled = field(props, 'disableBgpRoutePropagation');
      const routes = items(field(props, 'routes')).map((route) => {
        const p = field(route, 'properties');
        const hop = field(p, 'nextHopIpAddress');
        return block(
          'route',
          [],
          [
            attr('name', value(field(route, 'name') as Expr)),
            attr('address_prefix', value(field(p, 'addressPrefix') as Expr)),
            attr('next_hop_type', value(field(p, 'nextHopType') as Expr)),
            ...(hop ? [attr('next_hop_in_ip_address', value(hop))] : []),
          ],
        );
      });
      return [
        heading(r),
        block(
          'resource',
          [type, label],
          [
            ...common,
            // azurerm 4 names the opposite flag of ARM's disableBgpRoutePropagation
            attr(
              'bgp_route_propagation_enabled',
              raw(disabled?.k === 'bool' && disabled.v ? 'false' : 'true'),
            ),
            tags,
            ...routes,
          ],
        ),
      ];
    }
    case 'Microsoft.Network/publicIPAddresses':
    case 'Microsoft.Network/publicIPPrefixes': {
      const isPrefix = r.type.endsWith('Prefixes');
      const length = field(props, 'prefixLength');
      return [
        heading(r),
        block(
          'resource',
          [type, label],
          [
            ...common,
            ...(isPrefix
              ? []
              : [attr('allocation_method', value(field(props, 'publicIPAllocationMethod') as Expr))]),
            ...(isPrefix && length ? [attr('prefix_length', value(length))] : []),
            attr('ip_version', value(field(props, 'publicIPAddressVersion') as Expr)),
            attr('sku', value(field(r.sku, 'name') as Expr)),
            attr('sku_tier', value(field(r.sku, 'tier') as Expr)),
            tags,
          ],
        ),
      ];
    }
    case 'Microsoft.Network/natGateways': {
      const out: HclItem[] = [
        heading(r),
        block(
          'resource',
          [type, label],
          [...common, attr('sku_name', value(field(r.sku, 'name') as Expr)), tags],
        ),
      ];
      const attach = (key: string, assocType: string, argument: string) => {
        items(field(props, key)).forEach((ip, i) => {
          const id = field(ip, 'id') as Expr;
          const target = id.k === 'id' && id.target.symbol ? id.target.symbol : undefined;
          const ipAddress = target ? ctx.refs.addressOf(target) : undefined;
          const assoc = ctx.labels.claim(
            assocType,
            [ipAddress?.split('.')[1] ?? `${label}_${i + 1}`],
            r.sourceId,
            'nat',
          );
          out.push(
            block(
              'resource',
              [assocType, assoc],
              [attr('nat_gateway_id', raw(`${address}.id`)), attr(argument, value(id))],
            ),
          );
        });
      };
      attach('publicIpAddresses', 'azurerm_nat_gateway_public_ip_association', 'public_ip_address_id');
      attach('publicIpPrefixes', 'azurerm_nat_gateway_public_ip_prefix_association', 'public_ip_prefix_id');
      return out;
    }
    case 'Microsoft.Network/virtualNetworks':
      return vnetItems(r, type, label, ctx);
    case 'Microsoft.Network/virtualNetworks/subnets': {
      // a new subnet of an existing VNet
      const name = textOf(r.name) ?? '';
      ctx.subnets.set(`${r.parent}/${name}`, address);
      return [heading(r), ...subnetItems(name, r.properties, address, parentName(r, ctx), r.sourceId, ctx)];
    }
    case 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings': {
      const body: HclItem[] = [];
      if (r.condition)
        body.push(attr('count', raw(`${(value(r.condition) as { raw: string }).raw} ? 1 : 0`)));
      body.push(
        attr('name', nameValue(r.name)),
        resourceGroup,
        parentName(r, ctx),
        ...(props.k === 'obj'
          ? props.entries.map(([k, v]) =>
              k === 'remoteVirtualNetwork'
                ? attr('remote_virtual_network_id', value(field(v, 'id') as Expr))
                : attr(snake(k), value(v)),
            )
          : []),
      );
      return [heading(r), block('resource', [type, label], body)];
    }
    default:
      throw new Error(`The Terraform export has no azurerm resource for ${r.type}.`);
  }
}

/** A VNet, then each of its subnets with the subnet's associations. */
function vnetItems(r: PlannedResource, type: string, label: string, ctx: NetworkContext): HclItem[] {
  const value = (e: Expr) => hclValue(e, ctx.refs);
  const address = `${type}.${label}`;
  const dns = field(field(r.properties, 'dhcpOptions'), 'dnsServers');
  const out: HclItem[] = [
    heading(r),
    block(
      'resource',
      [type, label],
      [
        attr('name', nameValue(r.name)),
        ...location(r),
        resourceGroup,
        attr('address_space', value(field(field(r.properties, 'addressSpace'), 'addressPrefixes') as Expr)),
        ...(dns ? [attr('dns_servers', value(dns))] : []),
        tags,
      ],
    ),
  ];
  for (const subnet of items(field(r.properties, 'subnets'))) {
    const name = textOf(field(subnet, 'name')) ?? '';
    const props = field(subnet, 'properties');
    const subnetLabel = ctx.labels.claim(
      'azurerm_subnet',
      [`${label}_${name}`],
      `${r.sourceId}-${name}`,
      'subnet',
    );
    const subnetAddress = `azurerm_subnet.${subnetLabel}`;
    ctx.subnets.set(`${r.symbol}/${name}`, subnetAddress);
    out.push(
      blank,
      comment(`Subnet ${JSON.stringify(name)} of virtual network ${JSON.stringify(r.displayName)}`),
      ...subnetItems(
        name,
        props,
        subnetAddress,
        attr('virtual_network_name', raw(`${address}.name`)),
        r.sourceId,
        ctx,
      ),
    );
  }
  return out;
}

/** An `azurerm_subnet` and its association resources. */
function subnetItems(
  name: string,
  props: Expr | undefined,
  subnetAddress: string,
  vnetName: HclItem,
  sourceId: string,
  ctx: NetworkContext,
): HclItem[] {
  const value = (e: Expr) => hclValue(e, ctx.refs);
  const [, subnetLabel] = subnetAddress.split('.') as [string, string];
  const out: HclItem[] = [];
  const delegations = items(field(props, 'delegations')).map((d) => {
    const service = textOf(field(field(d, 'properties'), 'serviceName')) ?? '';
    const actions = DELEGATION_ACTIONS[service];
    return block(
      'delegation',
      [],
      [
        attr('name', value(field(d, 'name') as Expr)),
        block(
          'service_delegation',
          [],
          [attr('name', text(service)), ...(actions ? [attr('actions', texts(actions))] : [])],
        ),
      ],
    );
  });
  out.push(
    block(
      'resource',
      ['azurerm_subnet', subnetLabel],
      [
        attr('name', text(name)),
        resourceGroup,
        vnetName,
        // a dual-stack subnet has addressPrefixes (IPv4 and IPv6), a single-stack one addressPrefix
        attr(
          'address_prefixes',
          field(props, 'addressPrefixes')
            ? value(field(props, 'addressPrefixes') as Expr)
            : list([value(field(props, 'addressPrefix') as Expr)]),
        ),
        ...delegations,
      ],
    ),
  );
  const associations: [string, string, string][] = [
    [
      'networkSecurityGroup',
      'azurerm_subnet_network_security_group_association',
      'network_security_group_id',
    ],
    ['routeTable', 'azurerm_subnet_route_table_association', 'route_table_id'],
    ['natGateway', 'azurerm_subnet_nat_gateway_association', 'nat_gateway_id'],
  ];
  for (const [key, assocType, argument] of associations) {
    const id = field(field(props, key), 'id');
    if (!id) continue;
    const assoc = ctx.labels.claim(assocType, [subnetLabel], `${sourceId}-${name}`, 'subnet');
    out.push(
      block(
        'resource',
        [assocType, assoc],
        [attr('subnet_id', raw(`${subnetAddress}.id`)), attr(argument, value(id))],
      ),
    );
  }
  return out;
}
