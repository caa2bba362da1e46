/**
 * What each object's card says in a drawn diagram: the same title and lines as the canvas' node
 * components (`../nodes/`), read from the design instead of the store. Pure.
 */
import { findGeography, regionLabel } from '../../domain/catalog/regions';
import { type DesignIndex, indexDesign } from '../../domain/model/design-index';
import { DELEGATION_ENTERPRISE_POLICIES, type Design } from '../../domain/model/schema';
import { computeUsage } from '../../domain/usage';
import type { NodeKind } from '../geometry';
import { bastionLine, firewallLine, gatewayLine } from '../hub-text';

export interface NodeText {
  title: string;
  lines: string[];
  /** The icon's key in `svgIcons`. */
  icon: string;
  /** Subnets: the address prefix, the delegation chip and the usage bar. */
  subnet?: { prefix: string; delegation?: string; usage?: { percent: number; label: string; tone: Tone } };
}

export type Tone = 'ok' | 'warn' | 'full';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const geographyLabel = (location: string) => findGeography(location)?.label ?? location;
const delegationLabel = (d: string) =>
  d === DELEGATION_ENTERPRISE_POLICIES ? 'Power Platform' : (d.split('/').pop() ?? d);

const resourceKindLabel = {
  Sql: 'Azure SQL',
  Storage: 'Storage account',
  KeyVault: 'Key vault',
  Api: 'API',
  OnPremises: 'On-premises network',
  Other: 'Private resource',
} as const;

function placementName(index: DesignIndex, id: string): string {
  const r = index.resources.get(id);
  if (!r) return '';
  if (r.placement.type === 'subnet') return `in ${index.subnets.get(r.placement.subnetId)?.name ?? '?'}`;
  return `via ${index.vnets.get(r.placement.gatewayVnetId)?.name ?? '?'}`;
}

function subnetUsage(design: Design, id: string): NonNullable<NodeText['subnet']>['usage'] {
  const u = computeUsage(design).subnets.get(id);
  if (!u || !u.valid) return undefined;
  if (u.demand) {
    const tone: Tone = u.demand.fits ? (u.demand.nearFull ? 'warn' : 'ok') : 'full';
    return {
      percent: Math.round(u.demand.percentUsed),
      label: `${u.demand.estimated} of ${u.size} est.`,
      tone,
    };
  }
  const taken = u.occupantAddresses + u.reserved;
  const percent = u.size > 0 ? Math.round((taken / u.size) * 100) : 0;
  return { percent, label: `${taken} of ${u.size} used`, tone: percent >= 90 ? 'warn' : 'ok' };
}

/** The card text of one object, or undefined when the design has no such object. */
export function nodeText(design: Design, kind: NodeKind, id: string): NodeText | undefined {
  const index = indexDesign(design);
  switch (kind) {
    case 'environment': {
      const e = index.environments.get(id);
      return e && { title: e.name, lines: [`${e.type} · ${geographyLabel(e.geography)}`], icon: kind };
    }
    case 'policy': {
      const p = index.policies.get(id);
      return p && { title: p.name, lines: [`Policy · ${geographyLabel(p.location)}`], icon: kind };
    }
    case 'vnet': {
      const v = index.vnets.get(id);
      if (!v) return undefined;
      // Its hub objects are drawn inside it, each with its own card.
      return {
        title: v.name,
        lines: [regionLabel(v.region), v.addressPrefixes.join(', ') || 'no address space'],
        icon: kind,
      };
    }
    case 'subnet': {
      const s = index.subnets.get(id);
      if (!s) return undefined;
      const delegation = s.delegations.length > 0 ? s.delegations.map(delegationLabel).join(', ') : undefined;
      const usage = subnetUsage(design, id);
      return {
        title: s.name,
        lines: [],
        icon: kind,
        subnet: { prefix: s.prefix, ...(delegation ? { delegation } : {}), ...(usage ? { usage } : {}) },
      };
    }
    case 'natGateway': {
      const n = index.natGateways.get(id);
      return (
        n && {
          title: n.name,
          lines: [`NAT gateway · ${regionLabel(n.region)} · ${plural(n.publicIps.length, 'IP')}`],
          icon: kind,
        }
      );
    }
    case 'nsg': {
      const n = index.nsgs.get(id);
      return (
        n && {
          title: n.name,
          lines: [`NSG · ${regionLabel(n.region)} · ${plural(n.rules.length, 'rule')}`],
          icon: kind,
        }
      );
    }
    case 'routeTable': {
      const r = index.routeTables.get(id);
      return (
        r && {
          title: r.name,
          lines: [`Route table · ${regionLabel(r.region)} · ${plural(r.routes.length, 'route')}`],
          icon: kind,
        }
      );
    }
    case 'resource': {
      const r = index.resources.get(id);
      return (
        r && {
          title: r.name,
          lines: [`${resourceKindLabel[r.kind]} · ${placementName(index, id)}`],
          icon: r.kind,
        }
      );
    }
    case 'dnsZone': {
      const z = index.privateDnsZones.get(id);
      return (
        z && {
          title: z.name,
          lines: [`Private DNS zone · ${plural(z.vnetIds.length, 'VNet link')}`],
          icon: kind,
        }
      );
    }
    case 'firewall': {
      const f = index.firewalls.get(id);
      return f && { title: f.name, lines: [firewallLine(f)], icon: kind };
    }
    case 'gateway': {
      const g = index.gateways.get(id);
      return g && { title: g.name, lines: [gatewayLine(g)], icon: kind };
    }
    case 'bastion': {
      const b = index.bastions.get(id);
      return b && { title: b.name, lines: [bastionLine(b)], icon: kind };
    }
  }
}
