import { describe, expect, it } from 'vitest';
import { updateEntity } from '../../domain/model/operations';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { describePrefix } from './describe-prefix';
import { displayName } from './display-name';
import { subnetOptions } from './entity-options';
import { freeBlockForSubnet } from './free-block';

describe('freeBlockForSubnet', () => {
  it('offers the lowest free block of the same size, ignoring the subnet itself', () => {
    const design = whitepaperScenario1();
    // snet-pp-wus is 10.10.0.0/24: without it, that block is free again.
    expect(freeBlockForSubnet(design, 'snet-pp-wus')).toBe('10.10.0.0/24');
    const overlapping = updateEntity(design, 'subnets', 'snet-pp-wus', { prefix: '10.10.1.0/25' });
    expect(freeBlockForSubnet(overlapping, 'snet-pp-wus')).toBe('10.10.0.0/25');
  });

  it('reads the size of a half-typed prefix, falls back to /24, and knows unknown subnets', () => {
    const design = updateEntity(whitepaperScenario1(), 'subnets', 'snet-data-wus', {
      prefix: '10.10.1.5/26',
    });
    expect(freeBlockForSubnet(design, 'snet-data-wus')).toBe('10.10.1.0/26');
    const garbage = updateEntity(whitepaperScenario1(), 'subnets', 'snet-data-wus', { prefix: 'nonsense' });
    expect(freeBlockForSubnet(garbage, 'snet-data-wus')).toBe('10.10.1.0/24');
    expect(freeBlockForSubnet(whitepaperScenario1(), 'nope')).toBeUndefined();
  });
});

describe('describePrefix', () => {
  it('states size, the 5 Azure-reserved addresses and the usable range', () => {
    expect(describePrefix('10.10.0.0/24')).toBe(
      '256 addresses · 5 reserved by Azure · 251 usable (10.10.0.4 – 10.10.0.254)',
    );
    expect(describePrefix('10.10.0.5/24')).toBeUndefined();
  });
});

describe('subnetOptions', () => {
  it('labels subnets with their VNet and prefix and marks delegated ones', () => {
    const options = subnetOptions(whitepaperScenario1());
    expect(options[0]).toEqual({
      value: 'snet-pp-wus',
      label: 'vnet1-westus / snet-powerplatform (10.10.0.0/24) · delegated',
    });
    expect(options[1]?.label).toBe('vnet1-westus / snet-data (10.10.1.0/24)');
  });
});

describe('displayName', () => {
  it('names objects by name, peerings by their VNets, and falls back to the id', () => {
    const design = whitepaperScenario1();
    expect(displayName(design, 'vnet1')).toBe('vnet1-westus');
    expect(displayName(design, 'peer-vnet1-vnet2')).toBe('vnet1-westus ⇄ vnet2-eastus');
    expect(displayName(updateEntity(design, 'vnets', 'vnet1', { name: '' }), 'vnet1')).toBe('vnet1');
    expect(displayName(design, 'nope')).toBe('nope');
  });
});
