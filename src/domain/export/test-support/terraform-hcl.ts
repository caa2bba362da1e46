/**
 * Reads Terraform exports back with HashiCorp's own HCL parser (`@cdktf/hcl2json`: hclparse compiled to
 * WebAssembly) and reduces both a Terraform configuration and an ARM template to the same lines: each
 * resource's canonical ID, location, address prefixes, associations and flags, so the two exports of
 * one design can be compared line by line.
 */
import { evaluateArmString } from './arm-name';

/** Terraform's JSON configuration syntax, as hcl2json writes it: blocks are arrays of bodies. */
export type TfBody = Record<string, unknown>;
export type TfJson = {
  resource?: Record<string, Record<string, TfBody[]>>;
  variable?: Record<string, TfBody[]>;
  output?: Record<string, TfBody[]>;
  provider?: Record<string, TfBody[]>;
  terraform?: TfBody[];
};
export type HclParse = (fileName: string, text: string) => Promise<TfJson>;

/** hcl2json's parse function, or undefined when the package cannot be loaded. */
export async function loadHclParser(): Promise<HclParse | undefined> {
  try {
    const mod = (await import('@cdktf/hcl2json')) as { parse: HclParse };
    return mod.parse;
  } catch {
    return undefined;
  }
}

/**
 * Evaluates a string of Terraform's JSON syntax (a template): `$${` and `%%{` are literal `${` and
 * `%{`, `${expr}` is `resolve(expr)`. A template directive (`%{`) is an error: the exporter never
 * writes one, so one found here came from design text that escaped its string.
 */
export function evaluateTemplate(template: string, resolve: (expression: string) => string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if ((c === '$' || c === '%') && next === c && template[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
    } else if (c === '$' && next === '{') {
      const end = template.indexOf('}', i);
      if (end < 0) throw new Error(`Unterminated interpolation in ${JSON.stringify(template)}`);
      out += resolve(template.slice(i + 2, end));
      i = end;
    } else if (c === '%' && next === '{') {
      throw new Error(`Template directive in ${JSON.stringify(template)}`);
    } else out += c;
  }
  return out;
}

const TYPE_OF: Record<string, string> = {
  azurerm_virtual_network: 'Microsoft.Network/virtualNetworks',
  azurerm_network_security_group: 'Microsoft.Network/networkSecurityGroups',
  azurerm_route_table: 'Microsoft.Network/routeTables',
  azurerm_public_ip: 'Microsoft.Network/publicIPAddresses',
  azurerm_public_ip_prefix: 'Microsoft.Network/publicIPPrefixes',
  azurerm_nat_gateway: 'Microsoft.Network/natGateways',
};
const PLACEHOLDERS: Record<string, string> = {
  'var.name_prefix': '',
  'var.subscription_id': '{subscription}',
  'var.resource_group_name': '{resourceGroup}',
  'var.cross_scope_peerings': 'true',
  'var.tags': '{tags}',
};

const one = (blocks: unknown): TfBody => ((blocks as TfBody[] | undefined)?.[0] ?? {}) as TfBody;
const many = (blocks: unknown): TfBody[] => (blocks as TfBody[] | undefined) ?? [];
const idOf = (type: string, name: string) =>
  `/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/${type}/${name}`;

/** The projection of a parsed Terraform configuration (every file of it merged). */
export function terraformLines(tf: TfJson): string[] {
  const resources = tf.resource ?? {};
  const body = (type: string, label: string) => one(resources[type]?.[label]);
  const memo = new Map<string, string>();
  const resolve = (expression: string): string => {
    const fixed = PLACEHOLDERS[expression];
    if (fixed !== undefined) return fixed;
    const m = /^([a-z_]+)\.([A-Za-z0-9_-]+)\.(name|id)$/.exec(expression);
    if (!m) throw new Error(`Unexpected expression \${${expression}}`);
    const [, type, label, what] = m as unknown as [string, string, string, 'name' | 'id'];
    const b = body(type, label);
    if (!resources[type]?.[label]) throw new Error(`Reference to a missing resource ${type}.${label}`);
    const name = value(b.name);
    if (what === 'name') return name;
    const key = `${type}.${label}`;
    const known = memo.get(key);
    if (known) return known;
    let id: string;
    if (type === 'azurerm_subnet')
      id = `${idOf('Microsoft.Network/virtualNetworks', value(b.virtual_network_name))}/subnets/${name}`;
    else if (type === 'azapi_resource')
      id = `${value(b.parent_id)}/providers/${value(b.type).split('@')[0]}/${name}`;
    else if (TYPE_OF[type]) id = idOf(TYPE_OF[type] as string, name);
    else throw new Error(`No ID for ${type}`);
    memo.set(key, id);
    return id;
  };
  const value = (v: unknown): string => {
    if (typeof v !== 'string') throw new Error(`Expected a string, got ${JSON.stringify(v)}`);
    return evaluateTemplate(v, resolve);
  };
  const values = (v: unknown): string[] => ((v as unknown[] | undefined) ?? []).map(value);
  const all = (type: string) =>
    Object.entries(resources[type] ?? {}).map(([label, b]) => [label, one(b)] as const);
  const lines: string[] = [];
  const associated = (type: string, key: string, subnetId: string, target: string) =>
    all(type)
      .filter(([, b]) => value(b[key]) === subnetId)
      .map(([, b]) => value(b[target]));

  for (const [label, b] of all('azurerm_virtual_network')) {
    const id = resolve(`azurerm_virtual_network.${label}.id`);
    lines.push(
      `vnet ${id} location=${value(b.location)} prefixes=${values(b.address_space)} dns=${values(b.dns_servers)}`,
    );
  }
  for (const [label, b] of all('azurerm_subnet')) {
    const id = resolve(`azurerm_subnet.${label}.id`);
    const delegations = many(b.delegation).map(
      (d) => `${value(d.name)}:${value(one(d.service_delegation).name)}`,
    );
    lines.push(
      [
        `subnet ${id} prefix=${values(b.address_prefixes)} delegations=${delegations}`,
        `nsg=${associated('azurerm_subnet_network_security_group_association', 'subnet_id', id, 'network_security_group_id')}`,
        `rt=${associated('azurerm_subnet_route_table_association', 'subnet_id', id, 'route_table_id')}`,
        `nat=${associated('azurerm_subnet_nat_gateway_association', 'subnet_id', id, 'nat_gateway_id')}`,
      ].join(' '),
    );
  }
  for (const [label, b] of all('azurerm_network_security_group')) {
    const rules = many(b.security_rule).map((r) =>
      [
        r.name,
        r.priority,
        r.direction,
        r.access,
        r.protocol,
        r.source_address_prefix,
        r.source_port_range,
        r.destination_address_prefix,
        r.destination_port_range,
      ]
        .map((x) => (typeof x === 'number' ? String(x) : value(x)))
        .join(':'),
    );
    lines.push(
      `nsg ${resolve(`azurerm_network_security_group.${label}.id`)} location=${value(b.location)} rules=${rules.join(';')}`,
    );
  }
  for (const [label, b] of all('azurerm_route_table')) {
    const routes = many(b.route).map((r) =>
      [r.name, r.address_prefix, r.next_hop_type, r.next_hop_in_ip_address ?? ''].map(value).join(':'),
    );
    lines.push(
      `rt ${resolve(`azurerm_route_table.${label}.id`)} location=${value(b.location)} bgp=${b.bgp_route_propagation_enabled} routes=${routes.join(';')}`,
    );
  }
  for (const [label, b] of all('azurerm_public_ip'))
    lines.push(
      `pip ${resolve(`azurerm_public_ip.${label}.id`)} location=${value(b.location)} sku=${value(b.sku)}/${value(b.sku_tier)}`,
    );
  for (const [label, b] of all('azurerm_public_ip_prefix'))
    lines.push(
      `pipprefix ${resolve(`azurerm_public_ip_prefix.${label}.id`)} location=${value(b.location)} sku=${value(b.sku)}/${value(b.sku_tier)} length=${b.prefix_length}`,
    );
  for (const [label, b] of all('azurerm_nat_gateway')) {
    const id = resolve(`azurerm_nat_gateway.${label}.id`);
    const ips = [
      ...associated(
        'azurerm_nat_gateway_public_ip_association',
        'nat_gateway_id',
        id,
        'public_ip_address_id',
      ),
      ...associated(
        'azurerm_nat_gateway_public_ip_prefix_association',
        'nat_gateway_id',
        id,
        'public_ip_prefix_id',
      ),
    ].sort();
    lines.push(`nat ${id} location=${value(b.location)} sku=${value(b.sku_name)} ips=${ips}`);
  }
  for (const [, b] of all('azurerm_virtual_network_peering')) {
    const vnet = idOf('Microsoft.Network/virtualNetworks', value(b.virtual_network_name));
    const flags = [
      b.allow_virtual_network_access,
      b.allow_forwarded_traffic,
      b.allow_gateway_transit,
      b.use_remote_gateways,
    ];
    const conditional = b.count !== undefined ? ' conditional' : '';
    lines.push(
      `peering ${vnet}/virtualNetworkPeerings/${value(b.name)} remote=${value(b.remote_virtual_network_id)} flags=${flags}${conditional}`,
    );
  }
  for (const [label, b] of all('azapi_resource')) {
    const body = b.body as {
      kind?: string;
      properties?: { networkInjection?: { virtualNetworks?: TfBody[] } };
    };
    const vnets = (body.properties?.networkInjection?.virtualNetworks ?? []).map(
      (v) => `${value(v.id)}:${value((v.subnet as TfBody).name)}`,
    );
    lines.push(
      `policy ${resolve(`azapi_resource.${label}.id`)} location=${value(b.location)} kind=${body.kind} vnets=${vnets.join(';')}`,
    );
  }
  return lines.sort();
}

type ArmResource = Record<string, unknown> & {
  type: string;
  name: string;
  properties?: Record<string, unknown>;
};

/** The projection of an ARM template of the same design, with namePrefix empty. */
export function armLines(template: {
  resources: ArmResource[];
  variables?: Record<string, string>;
}): string[] {
  const ev = (v: unknown) => evaluateArmString(String(v), { namePrefix: '' }, template.variables ?? {});
  const props = (r: unknown) =>
    ((r as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, any>;
  const id = (r: ArmResource) => {
    const [namespace, ...types] = r.type.split('/');
    const names = ev(r.name).split('/');
    return `/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/${namespace}${types.map((t, i) => `/${t}/${names[i]}`).join('')}`;
  };
  const refs = (o: unknown) => (o ? [ev((o as { id: string }).id)] : []);
  const lines: string[] = [];
  // The Terraform export leaves out the hub's own objects and their public IPs (its notes say so).
  const hubTypes = new Set([
    'Microsoft.Network/azureFirewalls',
    'Microsoft.Network/virtualNetworkGateways',
    'Microsoft.Network/bastionHosts',
  ]);
  const hubIps = new Set(
    template.resources
      .filter((r) => hubTypes.has(r.type))
      .flatMap(
        (r) => (props(r).ipConfigurations ?? []) as Array<{ properties: { publicIPAddress?: unknown } }>,
      )
      .flatMap((c) => refs(c.properties.publicIPAddress)),
  );
  for (const r of template.resources) {
    const p = props(r);
    const loc = `location=${r.location}`;
    if (hubTypes.has(r.type) || (r.type === 'Microsoft.Network/publicIPAddresses' && hubIps.has(id(r))))
      continue;
    switch (r.type) {
      case 'Microsoft.Network/virtualNetworks':
        lines.push(
          `vnet ${id(r)} ${loc} prefixes=${p.addressSpace.addressPrefixes.map(ev)} dns=${(p.dhcpOptions?.dnsServers ?? []).map(ev)}`,
        );
        for (const s of p.subnets ?? []) {
          const sp = s.properties ?? {};
          const delegations = (sp.delegations ?? []).map(
            (d: { name: string; properties: { serviceName: string } }) =>
              `${ev(d.name)}:${ev(d.properties.serviceName)}`,
          );
          lines.push(
            `subnet ${id(r)}/subnets/${ev(s.name)} prefix=${sp.addressPrefixes ? sp.addressPrefixes.map(ev) : ev(sp.addressPrefix)} delegations=${delegations} nsg=${refs(sp.networkSecurityGroup)} rt=${refs(sp.routeTable)} nat=${refs(sp.natGateway)}`,
          );
        }
        break;
      case 'Microsoft.Network/virtualNetworks/subnets': {
        // a new subnet of an existing VNet, a resource of its own
        const delegations = (p.delegations ?? []).map(
          (d: { name: string; properties: { serviceName: string } }) =>
            `${ev(d.name)}:${ev(d.properties.serviceName)}`,
        );
        lines.push(
          `subnet ${id(r)} prefix=${p.addressPrefixes ? p.addressPrefixes.map(ev) : ev(p.addressPrefix)} delegations=${delegations} nsg=${refs(p.networkSecurityGroup)} rt=${refs(p.routeTable)} nat=${refs(p.natGateway)}`,
        );
        break;
      }
      case 'Microsoft.Network/networkSecurityGroups': {
        const rules = (p.securityRules ?? []).map(
          (x: { name: string; properties: Record<string, unknown> }) =>
            [
              ev(x.name),
              ...[
                'priority',
                'direction',
                'access',
                'protocol',
                'sourceAddressPrefix',
                'sourcePortRange',
                'destinationAddressPrefix',
                'destinationPortRange',
              ].map((k) =>
                typeof x.properties[k] === 'number' ? String(x.properties[k]) : ev(x.properties[k]),
              ),
            ].join(':'),
        );
        lines.push(`nsg ${id(r)} ${loc} rules=${rules.join(';')}`);
        break;
      }
      case 'Microsoft.Network/routeTables': {
        const routes = (p.routes ?? []).map((x: { name: string; properties: Record<string, unknown> }) =>
          [x.name, x.properties.addressPrefix, x.properties.nextHopType, x.properties.nextHopIpAddress ?? '']
            .map(ev)
            .join(':'),
        );
        lines.push(`rt ${id(r)} ${loc} bgp=${!p.disableBgpRoutePropagation} routes=${routes.join(';')}`);
        break;
      }
      case 'Microsoft.Network/publicIPAddresses': {
        const sku = r.sku as { name: string; tier: string };
        lines.push(`pip ${id(r)} ${loc} sku=${sku.name}/${sku.tier}`);
        break;
      }
      case 'Microsoft.Network/publicIPPrefixes': {
        const sku = r.sku as { name: string; tier: string };
        lines.push(`pipprefix ${id(r)} ${loc} sku=${sku.name}/${sku.tier} length=${p.prefixLength}`);
        break;
      }
      case 'Microsoft.Network/natGateways': {
        const ips = [...(p.publicIpAddresses ?? []), ...(p.publicIpPrefixes ?? [])]
          .map((x: { id: string }) => ev(x.id))
          .sort();
        lines.push(`nat ${id(r)} ${loc} sku=${(r.sku as { name: string }).name} ips=${ips}`);
        break;
      }
      case 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings': {
        const flags = [
          p.allowVirtualNetworkAccess,
          p.allowForwardedTraffic,
          p.allowGatewayTransit,
          p.useRemoteGateways,
        ];
        lines.push(
          `peering ${id(r)} remote=${ev(p.remoteVirtualNetwork.id)} flags=${flags}${r.condition !== undefined ? ' conditional' : ''}`,
        );
        break;
      }
      case 'Microsoft.PowerPlatform/enterprisePolicies': {
        const vnets = (p.networkInjection?.virtualNetworks ?? []).map(
          (v: { id: string; subnet: { name: string } }) => `${ev(v.id)}:${ev(v.subnet.name)}`,
        );
        lines.push(`policy ${id(r)} ${loc} kind=${r.kind} vnets=${vnets.join(';')}`);
        break;
      }
      default:
        throw new Error(`No projection for ${r.type}`);
    }
  }
  return lines.sort();
}
