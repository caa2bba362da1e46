import { describe, expect, it } from 'vitest';
import { createSubnet } from '../../model/factories';
import { variant } from '../../testing/rule-fixture';
import { runRule } from '../../testing/run-rule';
import { net013 } from './net013';

const withSubnet = (name: string, prefix: string, delegations: string[] = []) =>
  variant((d) => {
    d.subnets.push(createSubnet({ id: 'special', vnetId: 'vnet-e', name, prefix, delegations }));
  });

describe('NET013 special subnets', () => {
  it('warns (not errs) for a GatewaySubnet that deploys but is below the recommended /27', () => {
    const findings = runRule(net013, withSubnet('GatewaySubnet', '10.1.1.0/28'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toMatch(/is \/28: it deploys, but Microsoft recommends \/27 or larger/);
    expect(runRule(net013, withSubnet('GatewaySubnet', '10.1.1.0/27'))).toEqual([]);
  });

  it('applies each service’s smallest size', () => {
    expect(runRule(net013, withSubnet('AzureBastionSubnet', '10.1.1.0/27'))[0]?.message).toMatch(
      /Azure Bastion needs \/26 or larger/,
    );
    expect(runRule(net013, withSubnet('AzureFirewallManagementSubnet', '10.1.1.0/26'))).toEqual([]);
    expect(runRule(net013, withSubnet('RouteServerSubnet', '10.1.1.0/27'))).toEqual([]);
  });

  it('refuses a delegation on any of them, even when the size is right', () => {
    const [f] = runRule(
      net013,
      withSubnet('GatewaySubnet', '10.1.1.0/27', ['Microsoft.PowerPlatform/enterprisePolicies']),
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(
      /is delegated to Microsoft.PowerPlatform\/enterprisePolicies.*remove the delegation/,
    );
  });
});
