/**
 * Which imported objects already exist in Azure: everything a live estate reports (az, REST, Resource
 * Graph, PowerShell, Terraform state) and every template `existing` reference, including VNets that
 * something refers to but no file describes. A template's own declarations and a Terraform plan's planned
 * values are new. A peering exists when every direction the files give for it does; a NAT gateway's
 * public IPs exist with it.
 */
import type { Design } from '../../model/schema';
import { getProperty } from './arm/values';
import type { AzureResource } from './azure-resource';
import { T } from './azure-types';
import { refId } from './read-fields';
import { idKey, parentId } from './resource-id';

const inAzure = (r: AzureResource) => r.live === true || r.existing;

export function markExisting(
  design: Design,
  resources: readonly AzureResource[],
  ids: ReadonlyMap<string, string>,
  referencedVnets: ReadonlySet<string>,
): Design {
  const existing = new Set(referencedVnets);
  const names = { zones: new Set<string>(), policies: new Set<string>() };
  const pairs = new Map<string, boolean>();
  for (const r of resources) {
    const t = r.type.toLowerCase();
    if (t === T.peering) {
      const local = ids.get(idKey(parentId(r.id)));
      const remoteId = refId(getProperty(r.properties, 'remoteVirtualNetwork'), '', () => {});
      const remote = remoteId ? ids.get(idKey(remoteId)) : undefined;
      if (!local || !remote) continue;
      const key = [local, remote].sort().join('|');
      pairs.set(key, (pairs.get(key) ?? true) && inAzure(r));
      continue;
    }
    if (!inAzure(r)) continue;
    const id = ids.get(idKey(r.id));
    if (id) existing.add(id);
    if (t === T.dnsZone) names.zones.add(r.name.toLowerCase());
    if (t === T.policy) names.policies.add(r.name.toLowerCase());
  }
  const mark = <O extends { id: string }>(o: O, yes: boolean): O => (yes ? { ...o, existing: true } : o);
  return {
    ...design,
    vnets: design.vnets.map((v) => mark(v, existing.has(v.id))),
    subnets: design.subnets.map((s) => mark(s, existing.has(s.id))),
    nsgs: design.nsgs.map((n) => mark(n, existing.has(n.id))),
    routeTables: design.routeTables.map((t) => mark(t, existing.has(t.id))),
    natGateways: design.natGateways.map((n) =>
      existing.has(n.id)
        ? { ...n, existing: true, publicIps: n.publicIps.map((p) => ({ ...p, existing: true })) }
        : n,
    ),
    peerings: design.peerings.map((p) =>
      mark(p, pairs.get([p.vnetAId, p.vnetBId].sort().join('|')) === true),
    ),
    privateDnsZones: design.privateDnsZones.map((z) => mark(z, names.zones.has(z.name.toLowerCase()))),
    policies: design.policies.map((p) => mark(p, names.policies.has(p.name.toLowerCase()))),
    firewalls: design.firewalls.map((f) => mark(f, existing.has(f.id))),
    gateways: design.gateways.map((g) => mark(g, existing.has(g.id))),
    bastions: design.bastions.map((b) => mark(b, existing.has(b.id))),
  };
}
