/**
 * Deployment and resource functions: parameters, variables, copyIndex, the deployment's scope, resource
 * ids, and what only a deployment knows (`reference`, `list*`, `pickZones`), which become placeholders.
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-deployment
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-scope
 */
import { resourceGroupScope, resourceIdFor } from '../../resource-id';
import { ArmEvalError } from '../errors';
import type { ArmScope } from '../evaluate';
import { formatArmNode } from '../expression-parser';
import { type ArmObject, type ArmValue, emptyObject, fromJson, placeholder } from '../values';
import { type ArmFunction, arity, str } from './args';

/** Splits `[subscriptionId], [resourceGroup], type, names...`: the type is the first argument holding a '/'. */
function splitScopeArgs(name: string, a: ArmValue[], maxScopeArgs: number) {
  const strings = a.map((x) => str(name, x));
  const typeAt = strings.findIndex((s) => s.includes('/'));
  if (typeAt === -1 || typeAt > maxScopeArgs)
    throw new ArmEvalError(`${name}() needs a resource type such as Microsoft.Network/virtualNetworks`);
  // ARM tolerates a trailing slash after the type (`'Microsoft.Storage/storageAccounts/'`).
  const type = (strings[typeAt] as string).replace(/\/+$/, '');
  const names = strings.slice(typeAt + 1);
  if (names.length !== type.split('/').length - 1)
    throw new ArmEvalError(`${name}() needs one name per type segment of ${type}`);
  return { scopeArgs: strings.slice(0, typeAt), type, names };
}

function resourceId(a: ArmValue[], ctx: ArmScope): string {
  const { scopeArgs, type, names } = splitScopeArgs('resourceId', a, 2);
  const sub = scopeArgs.length === 2 ? (scopeArgs[0] as string) : ctx.scope.subscriptionId;
  const rg = scopeArgs.length >= 1 ? (scopeArgs[scopeArgs.length - 1] as string) : ctx.scope.resourceGroup;
  return resourceIdFor(resourceGroupScope(sub, rg), type, names);
}

const obj = (entries: Record<string, ArmValue>): ArmObject => Object.assign(emptyObject(), entries);

/** Public Azure's `environment()`: what private DNS zone names and endpoints are built from. */
const AZURE_CLOUD = fromJson({
  name: 'AzureCloud',
  gallery: 'https://gallery.azure.com/',
  graph: 'https://graph.windows.net/',
  portal: 'https://portal.azure.com',
  graphAudience: 'https://graph.windows.net/',
  activeDirectoryDataLake: 'https://datalake.azure.net/',
  batch: 'https://batch.core.windows.net/',
  media: 'https://rest.media.azure.net',
  sqlManagement: 'https://management.core.windows.net:8443/',
  vmImageAliasDoc:
    'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json',
  resourceManager: 'https://management.azure.com/',
  authentication: {
    loginEndpoint: 'https://login.microsoftonline.com/',
    audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
    tenant: 'common',
    identityProvider: 'AAD',
  },
  suffixes: {
    acrLoginServer: '.azurecr.io',
    azureDatalakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
    azureDatalakeStoreFileSystem: 'azuredatalakestore.net',
    azureFrontDoorEndpointSuffix: 'azurefd.net',
    keyvaultDns: '.vault.azure.net',
    sqlServerHostname: '.database.windows.net',
    storage: 'core.windows.net',
  },
});

export const deploymentFunctions: Record<string, ArmFunction> = {
  parameters: (a, ctx) => {
    arity('parameters', a, 1);
    const name = str('parameters', a[0]);
    const v = ctx.parameter(name);
    if (v === undefined) throw new ArmEvalError(`the template has no parameter "${name}"`);
    return v;
  },
  variables: (a, ctx) => {
    arity('variables', a, 1);
    const name = str('variables', a[0]);
    const v = ctx.variable(name);
    if (v === undefined) throw new ArmEvalError(`the template has no variable "${name}"`);
    return v;
  },
  copyindex: (a, ctx) => {
    arity('copyIndex', a, 0, 2);
    let name: string | undefined;
    let offset = 0;
    for (const x of a) {
      if (typeof x === 'string') name = x;
      else if (typeof x === 'number') offset = Math.trunc(x);
      else throw new ArmEvalError('copyIndex() takes a loop name and an offset');
    }
    const index = ctx.copyIndex(name);
    if (index === undefined)
      throw new ArmEvalError(
        name ? `copyIndex('${name}') is outside that loop` : 'copyIndex() is outside a copy loop',
      );
    return index + offset;
  },
  lambdavariables: (a, ctx) => {
    arity('lambdaVariables', a, 1);
    const name = str('lambdaVariables', a[0]);
    const v = ctx.lambdaVariable(name);
    if (v === undefined) throw new ArmEvalError(`no lambda variable "${name}"`);
    return v;
  },
  resourceid: (a, ctx) => resourceId(a, ctx),
  subscriptionresourceid: (a, ctx) => {
    const { scopeArgs, type, names } = splitScopeArgs('subscriptionResourceId', a, 1);
    return resourceIdFor(`/subscriptions/${scopeArgs[0] ?? ctx.scope.subscriptionId}`, type, names);
  },
  tenantresourceid: (a) => {
    const { type, names } = splitScopeArgs('tenantResourceId', a, 0);
    return resourceIdFor('', type, names);
  },
  managementgroupresourceid: (a, _ctx, node) => {
    const { scopeArgs, type, names } = splitScopeArgs('managementGroupResourceId', a, 1);
    if (!scopeArgs[0]) return placeholder(formatArmNode(node));
    return resourceIdFor(`/providers/Microsoft.Management/managementGroups/${scopeArgs[0]}`, type, names);
  },
  extensionresourceid: (a) => {
    arity('extensionResourceId', a, 3, Number.POSITIVE_INFINITY);
    const base = str('extensionResourceId', a[0]).replace(/\/+$/, '');
    const { type, names } = splitScopeArgs('extensionResourceId', a.slice(1), 0);
    return resourceIdFor(base, type, names);
  },
  resourcegroup: (a, ctx) => {
    arity('resourceGroup', a, 0);
    const { subscriptionId, resourceGroup, location } = ctx.scope;
    return obj({
      id: resourceGroupScope(subscriptionId, resourceGroup),
      name: resourceGroup,
      type: 'Microsoft.Resources/resourceGroups',
      location: location ?? placeholder('resourceGroup().location'),
      managedBy: null,
      tags: emptyObject(),
      properties: obj({ provisioningState: 'Succeeded' }),
    });
  },
  subscription: (a, ctx) => {
    arity('subscription', a, 0);
    return obj({
      id: `/subscriptions/${ctx.scope.subscriptionId}`,
      subscriptionId: ctx.scope.subscriptionId,
      tenantId: ctx.scope.tenantId ?? placeholder('subscription().tenantId'),
      displayName: placeholder('subscription().displayName'),
    });
  },
  tenant: (a, ctx) => {
    arity('tenant', a, 0);
    const tenantId = ctx.scope.tenantId ?? placeholder('tenant().tenantId');
    return obj({
      tenantId,
      countryCode: placeholder('tenant().countryCode'),
      displayName: placeholder('tenant().displayName'),
    });
  },
  managementgroup: () => placeholder('managementGroup()'),
  deployment: (a, ctx) => {
    arity('deployment', a, 0);
    return obj({
      name: ctx.scope.deploymentName,
      location: ctx.scope.location ?? placeholder('deployment().location'),
      properties: obj({ templateLink: placeholder('deployment().properties.templateLink') }),
    });
  },
  environment: (a) => (arity('environment', a, 0), AZURE_CLOUD),
  reference: (a, ctx, node) => {
    arity('reference', a, 1, 3);
    const target = a[0];
    const symbolic =
      typeof target === 'string' && !target.includes('/') ? ctx.symbolicResource?.(target) : undefined;
    if (symbolic && !symbolic.existing) {
      const full = typeof a[2] === 'string' && a[2].toLowerCase() === 'full';
      return full ? obj({ id: symbolic.id, properties: symbolic.properties }) : symbolic.properties;
    }
    return placeholder(formatArmNode(node));
  },
  resourceinfo: (a, ctx, node) => {
    arity('resourceInfo', a, 1);
    const symbolic = ctx.symbolicResource?.(str('resourceInfo', a[0]));
    if (!symbolic) return placeholder(formatArmNode(node));
    return obj({ id: symbolic.id });
  },
  pickzones: (_a, _ctx, node) => placeholder(formatArmNode(node)),
  providers: (_a, _ctx, node) => placeholder(formatArmNode(node)),
  datetimeadd: (_a, _ctx, node) => placeholder(formatArmNode(node)),
};
