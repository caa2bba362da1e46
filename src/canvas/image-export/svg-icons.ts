/**
 * The canvas icons (`../icons.tsx`) as SVG markup for drawn diagrams, keyed by node kind and, for
 * private resources, by resource kind. Each is drawn in a 20 × 20 box.
 */
import type { PrivateResource } from '../../domain/model/schema';
import type { NodeKind } from '../geometry';

export const svgIcons: Record<Exclude<NodeKind, 'resource'> | PrivateResource['kind'], string> = {
  environment:
    '<path d="M10 1.5 18 6v8l-8 4.5L2 14V6z" fill="#742774"/><path d="M10 5.5 14.5 8v4L10 14.5 5.5 12V8z" fill="#d59dff"/>',
  policy:
    '<path d="M10 1.5 17 4v5.5c0 4.2-3 7.5-7 9-4-1.5-7-4.8-7-9V4z" fill="#0078d4"/><path d="M6.5 10 9 12.5l4.5-5" stroke="#fff" stroke-width="1.8" fill="none" stroke-linecap="round"/>',
  vnet: '<path d="M6 4 2 10l4 6" stroke="#50e6ff" stroke-width="2.2" fill="none" stroke-linecap="round"/><path d="m14 4 4 6-4 6" stroke="#50e6ff" stroke-width="2.2" fill="none" stroke-linecap="round"/><circle cx="6.8" cy="10" r="1.4" fill="#7fba00"/><circle cx="10" cy="10" r="1.4" fill="#7fba00"/><circle cx="13.2" cy="10" r="1.4" fill="#7fba00"/>',
  subnet:
    '<rect x="2" y="2" width="7" height="7" rx="1" fill="#0078d4"/><rect x="11" y="2" width="7" height="7" rx="1" fill="#50e6ff"/><rect x="2" y="11" width="7" height="7" rx="1" fill="#50e6ff"/><rect x="11" y="11" width="7" height="7" rx="1" fill="#0078d4"/>',
  natGateway:
    '<rect x="2" y="5" width="10" height="10" rx="1.5" fill="#0078d4"/><path d="M8 10h9m-3-3 3 3-3 3" stroke="#5ea0ef" stroke-width="2" fill="none" stroke-linecap="round"/>',
  nsg: '<path d="M10 1.5 17 4v5.5c0 4.2-3 7.5-7 9-4-1.5-7-4.8-7-9V4z" fill="#3f9b3f"/><rect x="6.5" y="8.5" width="7" height="5" rx="0.8" fill="#fff"/><path d="M8 8.5V7a2 2 0 0 1 4 0v1.5" stroke="#fff" stroke-width="1.4" fill="none"/>',
  routeTable:
    '<rect x="2" y="3" width="16" height="14" rx="1.5" fill="#0078d4"/><path d="M2 7.5h16M8 7.5V17" stroke="#fff" stroke-width="1.2"/><path d="M10.5 12.5h5m-1.8-1.8 1.8 1.8-1.8 1.8" stroke="#fff" stroke-width="1.3" fill="none"/>',
  dnsZone:
    '<circle cx="10" cy="10" r="8" fill="#0078d4"/><path d="M2 10h16M10 2c2.4 2.2 3.6 4.9 3.6 8s-1.2 5.8-3.6 8c-2.4-2.2-3.6-4.9-3.6-8S7.6 4.2 10 2z" stroke="#9cebff" stroke-width="1.2" fill="none"/>',
  firewall:
    '<rect x="2" y="4" width="16" height="12" rx="1" fill="#c2410c"/><path d="M2 8h16M2 12h16M7 4v4M13 4v4M10 8v4M5 12v4M15 12v4" stroke="#fed7aa" stroke-width="1"/>',
  gateway:
    '<path d="M10 1.5 18.5 10 10 18.5 1.5 10z" fill="#0078d4"/><path d="M5.5 10h8.5m-2.8-2.8L14 10l-2.8 2.8" stroke="#fff" stroke-width="1.7" fill="none" stroke-linecap="round"/>',
  bastion:
    '<path d="M3.5 2.5h3v2h2v-2h3v2h2v-2h3V8L15 9.5V18H5V9.5L3.5 8z" fill="#0078d4"/><rect x="8.5" y="12" width="3" height="6" rx="1.5" fill="#9cebff"/>',
  Sql: '<path d="M3 4.5v11c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-11z" fill="#0078d4"/><ellipse cx="10" cy="4.5" rx="7" ry="2.5" fill="#50e6ff"/><text x="10" y="14" font-size="5" font-weight="700" text-anchor="middle" fill="#fff">SQL</text>',
  Storage:
    '<rect x="2" y="4" width="16" height="12" rx="1.5" fill="#0078d4"/><path d="M2 8h16M2 12h16" stroke="#50e6ff" stroke-width="1.5"/>',
  KeyVault:
    '<circle cx="10" cy="10" r="8" fill="#ffb900"/><circle cx="10" cy="8" r="2.3" fill="#fff"/><path d="M10 10v5m0-2h1.8" stroke="#fff" stroke-width="1.6"/>',
  Api: '<rect x="2" y="3" width="16" height="14" rx="2" fill="#5c2d91"/><path d="M7.5 7 5 10l2.5 3M12.5 7 15 10l-2.5 3" stroke="#fff" stroke-width="1.6" fill="none" stroke-linecap="round"/>',
  OnPremises:
    '<rect x="3" y="2" width="10" height="16" rx="1" fill="#637b8c"/><rect x="13" y="8" width="4" height="10" rx="0.6" fill="#8fa3b1"/><path d="M5.5 5h5M5.5 8h5M5.5 11h5M5.5 14h5" stroke="#fff" stroke-width="1.2"/>',
  Other:
    '<path d="M10 2 17 6v8l-7 4-7-4V6z" fill="#0078d4"/><path d="M3 6l7 4 7-4M10 10v8" stroke="#50e6ff" stroke-width="1.3" fill="none"/>',
};
