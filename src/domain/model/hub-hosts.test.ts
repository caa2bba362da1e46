import { describe, expect, it } from 'vitest';
import { createBastion, createVnet } from './factories';
import { hubDesign } from './hub.fixtures';
import { defaultHubObjectName, hostSubnet } from './hub-hosts';

describe('hub objects', () => {
  const d = hubDesign();
  const find = <T extends { id: string }>(list: readonly T[], id: string) =>
    list.find((x) => x.id === id) as T;

  it('are hosted by their special subnet, an NVA by the subnet holding its address', () => {
    expect(hostSubnet(d, 'firewall', find(d.firewalls, 'afw-hub'))?.id).toBe('snet-afw');
    expect(hostSubnet(d, 'firewall', find(d.firewalls, 'nva-hub'))?.id).toBe('snet-nva');
    expect(hostSubnet(d, 'gateway', find(d.gateways, 'vgw-er'))?.id).toBe('snet-gw');
    expect(hostSubnet(d, 'bastion', find(d.bastions, 'bas-hub'))?.id).toBe('snet-bas');
    const stray = { ...find(d.firewalls, 'nva-hub'), privateIp: '192.168.1.1' };
    expect(hostSubnet(d, 'firewall', stray)).toBeUndefined();
    expect(hostSubnet(d, 'firewall', { ...stray, privateIp: 'not an ip' })).toBeUndefined();
    // Only subnets of its own VNet count.
    expect(hostSubnet(d, 'bastion', createBastion({ id: 'b', vnetId: 'other' }))).toBeUndefined();
  });

  it('get default names that say what and where, unique per kind', () => {
    expect(defaultHubObjectName(d, 'firewall', 'vnet-hub')).toBe('afw-hub-westeurope');
    expect(defaultHubObjectName(d, 'gateway', 'vnet-hub')).toBe('vgw-hub-westeurope');
    expect(defaultHubObjectName(d, 'bastion', 'vnet-hub')).toBe('bas-hub-westeurope');
    const named = { ...d, vnets: [createVnet({ id: 'v', name: 'vnet-hub-eastus', region: 'eastus' })] };
    expect(defaultHubObjectName(named, 'firewall', 'v')).toBe('afw-hub-eastus');
    const taken = { ...named, firewalls: [{ ...find(d.firewalls, 'afw-hub'), name: 'afw-hub-eastus' }] };
    expect(defaultHubObjectName(taken, 'firewall', 'v')).toBe('afw-hub-eastus-2');
  });
});
