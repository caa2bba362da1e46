/**
 * Azure-like icons as inline SVG (no external assets). Colours follow Azure's icon set loosely so
 * architects recognise the kinds at a glance.
 */
import type { ReactNode } from 'react';
import type { PrivateResource } from '../domain/model/schema';
import type { NodeKind } from './canvas-kinds';

interface IconProps {
  className?: string;
}

function Svg({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg viewBox="0 0 20 20" className={className ?? 'h-5 w-5'} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function EnvironmentIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M10 1.5 18 6v8l-8 4.5L2 14V6z" fill="#742774" />
      <path d="M10 5.5 14.5 8v4L10 14.5 5.5 12V8z" fill="#d59dff" />
    </Svg>
  );
}

export function PolicyIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M10 1.5 17 4v5.5c0 4.2-3 7.5-7 9-4-1.5-7-4.8-7-9V4z" fill="#0078d4" />
      <path d="M6.5 10 9 12.5l4.5-5" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" />
    </Svg>
  );
}

export function VnetIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M6 4 2 10l4 6" stroke="#50e6ff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
      <path d="m14 4 4 6-4 6" stroke="#50e6ff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
      <circle cx="6.8" cy="10" r="1.4" fill="#7fba00" />
      <circle cx="10" cy="10" r="1.4" fill="#7fba00" />
      <circle cx="13.2" cy="10" r="1.4" fill="#7fba00" />
    </Svg>
  );
}

export function SubnetIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="2" width="7" height="7" rx="1" fill="#0078d4" />
      <rect x="11" y="2" width="7" height="7" rx="1" fill="#50e6ff" />
      <rect x="2" y="11" width="7" height="7" rx="1" fill="#50e6ff" />
      <rect x="11" y="11" width="7" height="7" rx="1" fill="#0078d4" />
    </Svg>
  );
}

export function NatIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="5" width="10" height="10" rx="1.5" fill="#0078d4" />
      <path d="M8 10h9m-3-3 3 3-3 3" stroke="#5ea0ef" strokeWidth="2" fill="none" strokeLinecap="round" />
    </Svg>
  );
}

export function NsgIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M10 1.5 17 4v5.5c0 4.2-3 7.5-7 9-4-1.5-7-4.8-7-9V4z" fill="#3f9b3f" />
      <rect x="6.5" y="8.5" width="7" height="5" rx="0.8" fill="#fff" />
      <path d="M8 8.5V7a2 2 0 0 1 4 0v1.5" stroke="#fff" strokeWidth="1.4" fill="none" />
    </Svg>
  );
}

export function RouteTableIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="3" width="16" height="14" rx="1.5" fill="#0078d4" />
      <path d="M2 7.5h16M8 7.5V17" stroke="#fff" strokeWidth="1.2" />
      <path d="M10.5 12.5h5m-1.8-1.8 1.8 1.8-1.8 1.8" stroke="#fff" strokeWidth="1.3" fill="none" />
    </Svg>
  );
}

export function DnsZoneIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <circle cx="10" cy="10" r="8" fill="#0078d4" />
      <path
        d="M2 10h16M10 2c2.4 2.2 3.6 4.9 3.6 8s-1.2 5.8-3.6 8c-2.4-2.2-3.6-4.9-3.6-8S7.6 4.2 10 2z"
        stroke="#9cebff"
        strokeWidth="1.2"
        fill="none"
      />
    </Svg>
  );
}

export function FirewallIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="4" width="16" height="12" rx="1" fill="#c2410c" />
      <path d="M2 8h16M2 12h16M7 4v4M13 4v4M10 8v4M5 12v4M15 12v4" stroke="#fed7aa" strokeWidth="1" />
    </Svg>
  );
}

export function GatewayIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M10 1.5 18.5 10 10 18.5 1.5 10z" fill="#0078d4" />
      <path
        d="M5.5 10h8.5m-2.8-2.8L14 10l-2.8 2.8"
        stroke="#fff"
        strokeWidth="1.7"
        fill="none"
        strokeLinecap="round"
      />
    </Svg>
  );
}

export function BastionIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M3.5 2.5h3v2h2v-2h3v2h2v-2h3V8L15 9.5V18H5V9.5L3.5 8z" fill="#0078d4" />
      <rect x="8.5" y="12" width="3" height="6" rx="1.5" fill="#9cebff" />
    </Svg>
  );
}

export function SqlIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M3 4.5v11c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-11z" fill="#0078d4" />
      <ellipse cx="10" cy="4.5" rx="7" ry="2.5" fill="#50e6ff" />
      <text x="10" y="14" fontSize="5" fontWeight="700" textAnchor="middle" fill="#fff">
        SQL
      </text>
    </Svg>
  );
}

export function StorageIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="4" width="16" height="12" rx="1.5" fill="#0078d4" />
      <path d="M2 8h16M2 12h16" stroke="#50e6ff" strokeWidth="1.5" />
    </Svg>
  );
}

export function KeyVaultIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <circle cx="10" cy="10" r="8" fill="#ffb900" />
      <circle cx="10" cy="8" r="2.3" fill="#fff" />
      <path d="M10 10v5m0-2h1.8" stroke="#fff" strokeWidth="1.6" />
    </Svg>
  );
}

export function ApiIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="3" width="16" height="14" rx="2" fill="#5c2d91" />
      <path
        d="M7.5 7 5 10l2.5 3M12.5 7 15 10l-2.5 3"
        stroke="#fff"
        strokeWidth="1.6"
        fill="none"
        strokeLinecap="round"
      />
    </Svg>
  );
}

export function OnPremisesIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="3" y="2" width="10" height="16" rx="1" fill="#637b8c" />
      <rect x="13" y="8" width="4" height="10" rx="0.6" fill="#8fa3b1" />
      <path d="M5.5 5h5M5.5 8h5M5.5 11h5M5.5 14h5" stroke="#fff" strokeWidth="1.2" />
    </Svg>
  );
}

export function OtherResourceIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M10 2 17 6v8l-7 4-7-4V6z" fill="#0078d4" />
      <path d="M3 6l7 4 7-4M10 10v8" stroke="#50e6ff" strokeWidth="1.3" fill="none" />
    </Svg>
  );
}

export const resourceIcons: Record<PrivateResource['kind'], (p: IconProps) => ReactNode> = {
  Sql: SqlIcon,
  Storage: StorageIcon,
  KeyVault: KeyVaultIcon,
  Api: ApiIcon,
  OnPremises: OnPremisesIcon,
  Other: OtherResourceIcon,
};

/** The icon of each node kind (a private resource's own kind picks from `resourceIcons`). */
export const kindIcons: Record<NodeKind, (p: IconProps) => ReactNode> = {
  environment: EnvironmentIcon,
  policy: PolicyIcon,
  vnet: VnetIcon,
  subnet: SubnetIcon,
  natGateway: NatIcon,
  nsg: NsgIcon,
  routeTable: RouteTableIcon,
  resource: OtherResourceIcon,
  dnsZone: DnsZoneIcon,
  firewall: FirewallIcon,
  gateway: GatewayIcon,
  bastion: BastionIcon,
};

export function FailoverIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect
        x="1.5"
        y="5"
        width="7"
        height="10"
        rx="1.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <rect
        x="11.5"
        y="5"
        width="7"
        height="10"
        rx="1.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path d="M8.5 10h3" stroke="currentColor" strokeWidth="1.6" strokeDasharray="1.5 1.2" />
    </Svg>
  );
}

export function NextSubnetIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="2" y="3" width="16" height="5" rx="1" fill="currentColor" opacity="0.5" />
      <rect x="2" y="10" width="10" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M15 10v6m-3-3h6" stroke="currentColor" strokeWidth="1.6" />
    </Svg>
  );
}

export function LayoutIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <rect x="1.5" y="3" width="4.5" height="4" rx="0.8" fill="currentColor" />
      <rect x="1.5" y="13" width="4.5" height="4" rx="0.8" fill="currentColor" />
      <rect x="13" y="7.5" width="5.5" height="5" rx="0.8" fill="currentColor" />
      <path d="M6 5h3v10H6m3-5h4" stroke="currentColor" strokeWidth="1.3" fill="none" />
    </Svg>
  );
}

export function FitViewIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path d="M2 7V2h5M13 2h5v5M18 13v5h-5M7 18H2v-5" stroke="currentColor" strokeWidth="1.8" fill="none" />
      <rect x="6.5" y="6.5" width="7" height="7" rx="1" fill="currentColor" opacity="0.6" />
    </Svg>
  );
}

export function ConnectIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <circle cx="4.5" cy="10" r="2.8" fill="none" stroke="currentColor" strokeWidth="1.7" />
      <circle cx="15.5" cy="10" r="2.8" fill="none" stroke="currentColor" strokeWidth="1.7" />
      <path d="M7.3 10h5.4" stroke="currentColor" strokeWidth="1.7" />
    </Svg>
  );
}
