import { describe, expect, it } from 'vitest';
import { hubDesign } from '../domain/model/hub.fixtures';
import { kindList, kinds } from '../domain/model/kinds';
import { removeEntities, setPositions } from '../domain/model/operations';
import { buildNodes } from './flow-adapter';
import { NODE_SIZE, VNET } from './geometry';
import { hubKinds, vnetChildren } from './vnet-children';

const beside = VNET.padding + NODE_SIZE.subnet.width + VNET.gap;
const box = (design: ReturnType<typeof hubDesign>, id: string) =>
  vnetChildren(design)
    .get('vnet-hub')
    ?.find((c) => c.id === id);

describe('objects drawn inside a VNet', () => {
  it('are the kinds the registry contains in a VNet (subnets aside)', () => {
    const contained = kindList.filter(
      (k) => k !== 'subnet' && kinds[k].references.some((r) => r.contained && r.target === 'vnet'),
    );
    expect([...hubKinds].sort()).toEqual(contained.sort());
    expect([...hubKinds].sort()).toEqual(['bastion', 'firewall', 'gateway']);
  });

  it('puts each hub object beside the subnet that hosts it, stacking two in one subnet', () => {
    const d = hubDesign();
    const subnetY = (id: string) => box(d, id)?.y ?? Number.NaN;
    expect(box(d, 'afw-hub')).toMatchObject({ type: 'firewall', x: beside, y: subnetY('snet-afw') });
    expect(box(d, 'vgw-vpn')).toMatchObject({ type: 'gateway', x: beside, y: subnetY('snet-gw') });
    expect(box(d, 'vgw-er')).toMatchObject({
      x: beside,
      y: subnetY('snet-gw') + NODE_SIZE.gateway.height + 8,
    });
    expect(box(d, 'bas-hub')).toMatchObject({ type: 'bastion', x: beside, y: subnetY('snet-bas') });
    // An NVA sits in the subnet whose prefix holds its address.
    expect(box(d, 'nva-hub')).toMatchObject({ x: beside, y: subnetY('snet-nva') });
  });

  it('follows its subnet when the subnet moves, and keeps a stored position of its own', () => {
    const moved = setPositions(hubDesign(), { 'snet-afw': { x: 20, y: 600 } });
    expect(box(moved, 'afw-hub')).toMatchObject({ x: beside, y: 600 });
    const stored = setPositions(moved, { 'afw-hub': { x: 40, y: 900 } });
    expect(box(stored, 'afw-hub')).toMatchObject({ x: 40, y: 900 });
  });

  it('goes below the subnets, inside the VNet, when the VNet lacks its subnet', () => {
    const d = removeEntities(hubDesign(), ['snet-gw']);
    const bottom = Math.max(
      ...(vnetChildren(d).get('vnet-hub') ?? [])
        .filter((c) => c.type === 'subnet')
        .map((c) => c.y + c.height),
    );
    expect(box(d, 'vgw-vpn')).toMatchObject({ x: VNET.padding, y: bottom + VNET.gap });
    expect(box(d, 'vgw-er')?.y).toBe(bottom + VNET.gap + NODE_SIZE.gateway.height + 8);
  });

  it('draws them as children of their VNet, which grows to hold them, with names that say where', () => {
    const nodes = buildNodes(hubDesign(), new Set());
    const vnet = nodes.find((n) => n.id === 'vnet-hub');
    for (const id of ['afw-hub', 'nva-hub', 'vgw-vpn', 'vgw-er', 'bas-hub']) {
      const n = nodes.find((x) => x.id === id);
      expect(n?.parentId, id).toBe('vnet-hub');
      expect(n?.extent, id).toBe('parent');
      expect((n?.position.x ?? 0) + (n?.width ?? 0)).toBeLessThanOrEqual((vnet?.width ?? 0) - VNET.padding);
      expect((n?.position.y ?? 0) + (n?.height ?? 0)).toBeLessThanOrEqual((vnet?.height ?? 0) - VNET.padding);
    }
    const labels = nodes.map((n) => n.ariaLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Azure Firewall afw-hub in AzureFirewallSubnet of vnet-hub');
    expect(labels).toContain('Azure Firewall nva-hub in snet-nva of vnet-hub');
    expect(labels).toContain('Virtual network gateway vgw-vpn in GatewaySubnet of vnet-hub');
    expect(labels).toContain('Azure Bastion bas-hub in AzureBastionSubnet of vnet-hub');
    const without = buildNodes(removeEntities(hubDesign(), ['snet-bas']), new Set());
    expect(without.map((n) => n.ariaLabel)).toContain('Azure Bastion bas-hub in vnet-hub');
  });
});
