/** The one line under a hub object's name, on the canvas card and in drawn diagrams alike. */
import type { Bastion, Firewall, Gateway } from '../domain/model/schema';

/** "Firewall Standard · 10.0.1.4", "NVA · 10.0.2.4". */
export const firewallLine = (f: Firewall) =>
  `${f.kind === 'NVA' ? 'NVA' : `Firewall ${f.sku}`} · ${f.privateIp.trim() || 'no private IP'}`;

/** "VPN · VpnGw1AZ · active-active", "ER · ErGw1AZ" (ER: ExpressRoute, as Azure abbreviates it). */
export const gatewayLine = (g: Gateway) =>
  `${g.type === 'Vpn' ? 'VPN' : 'ER'} · ${g.sku}${g.activeActive ? ' · active-active' : ''}`;

/** "Bastion Basic". */
export const bastionLine = (b: Bastion) => `Bastion ${b.sku}`;
