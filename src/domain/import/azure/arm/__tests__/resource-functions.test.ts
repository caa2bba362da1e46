// Examples from https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource,
// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-scope and
// https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-deployment
import { describe, expect, it } from 'vitest';
import { ev, evRaw, isPlaceholder } from './helpers';

const scope = { subscriptionId: '11111111-1111-1111-1111-111111111111', resourceGroup: 'examplegroup' };

describe('resource and scope functions', () => {
  it('resourceId in the current, another resource group and another subscription', () => {
    expect(ev("resourceId('Microsoft.Storage/storageAccounts', 'examplestorage')", {}, scope)).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/examplegroup/providers/Microsoft.Storage/storageAccounts/examplestorage',
    );
    expect(
      ev(
        "resourceId('otherResourceGroup', 'Microsoft.Storage/storageAccounts', 'examplestorage')",
        {},
        scope,
      ),
    ).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage',
    );
    expect(
      ev(
        "resourceId('22222222-2222-2222-2222-222222222222', 'otherResourceGroup', 'Microsoft.Storage/storageAccounts','examplestorage')",
        {},
        scope,
      ),
    ).toBe(
      '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage',
    );
  });

  it('resourceId of a child resource takes one name per type segment', () => {
    expect(ev("resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')", {}, scope)).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/examplegroup/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet',
    );
    expect(
      isPlaceholder(evRaw("resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet')").value),
    ).toBe(true);
  });

  it('subscriptionResourceId, tenantResourceId, extensionResourceId', () => {
    expect(
      ev(
        "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')",
        {},
        scope,
      ),
    ).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
    );
    expect(ev("tenantResourceId('Microsoft.Authorization/policyDefinitions', 'def')")).toBe(
      '/providers/Microsoft.Authorization/policyDefinitions/def',
    );
    expect(
      ev("extensionResourceId(resourceGroup().id, 'Microsoft.Authorization/locks', 'rgLock')", {}, scope),
    ).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/examplegroup/providers/Microsoft.Authorization/locks/rgLock',
    );
  });

  it('resourceGroup() and subscription() describe the deployment scope', () => {
    expect(ev('resourceGroup().name', {}, scope)).toBe('examplegroup');
    expect(ev('resourceGroup().id', {}, scope)).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/examplegroup',
    );
    expect(ev('subscription().subscriptionId', {}, scope)).toBe(scope.subscriptionId);
    expect(ev('subscription().id', {}, scope)).toBe(`/subscriptions/${scope.subscriptionId}`);
    expect(ev('resourceGroup().location', {}, { ...scope, location: 'westeurope' })).toBe('westeurope');
  });

  it('what only a deployment knows becomes a placeholder', () => {
    expect(isPlaceholder(evRaw('resourceGroup().location').value)).toBe(true);
    expect(
      isPlaceholder(
        evRaw("reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).ipAddress").value,
      ),
    ).toBe(true);
    expect(
      isPlaceholder(
        evRaw("listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2022-09-01').keys[0].value")
          .value,
      ),
    ).toBe(true);
    expect(isPlaceholder(evRaw("pickZones('Microsoft.Compute', 'virtualMachines', 'westus2')").value)).toBe(
      true,
    );
    expect(evRaw('utcNow()').warnings).toEqual([]);
  });

  it('deployment() and environment()', () => {
    expect(ev('deployment().name', {}, { deploymentName: 'main' })).toBe('main');
    expect(ev("concat('privatelink', environment().suffixes.sqlServerHostname)")).toBe(
      'privatelink.database.windows.net',
    );
    expect(ev("format('privatelink.blob.{0}', environment().suffixes.storage)")).toBe(
      'privatelink.blob.core.windows.net',
    );
    expect(ev('environment().name')).toBe('AzureCloud');
  });

  it('parameters() of a parameter the template lacks is an error, hence a placeholder and a warning', () => {
    const { value, warnings } = evRaw("parameters('nope')");
    expect(isPlaceholder(value)).toBe(true);
    expect(warnings[0]).toMatch(/no parameter "nope"/);
  });
});
