/**
 * The enterprise policy as an `azapi_resource` (azurerm has no resource for it) whose `body` is the
 * ARM resource's `kind` and `properties` exactly as the ARM and Bicep exports write them, and the
 * environment links as `powerplatform_enterprise_policy` resources of the Power Platform provider.
 */
import type { Environment } from '../../model/schema';
import type { PlannedResource } from '../plan/types';
import { attr, block, comment, type HclItem, list, object, raw, text } from './hcl-writer';
import type { NetworkContext } from './terraform-network';
import { field, hclValue, items, nameValue, textOf } from './terraform-values';

/** The read-only property the environment links and the outputs use. */
export const SYSTEM_ID = 'properties.systemId';

/** The policy resource; `depends_on` lists the delegated subnets it names, which must exist first. */
export function policyItems(r: PlannedResource, address: string, ctx: NetworkContext): HclItem[] {
  const [type, label] = address.split('.') as [string, string];
  const subnets: string[] = [];
  for (const entry of items(field(field(r.properties, 'networkInjection'), 'virtualNetworks'))) {
    const id = field(entry, 'id');
    const name = textOf(field(field(entry, 'subnet'), 'name'));
    const symbol = id?.k === 'id' ? id.target.symbol : undefined;
    const subnet = symbol && name !== undefined ? ctx.subnets.get(`${symbol}/${name}`) : undefined;
    if (subnet && !subnets.includes(subnet)) subnets.push(subnet);
  }
  const body: [string, ReturnType<typeof text>][] = [];
  if (r.kind !== undefined) body.push(['kind', text(r.kind)]);
  body.push(['properties', hclValue(r.properties, ctx.refs)]);
  return [
    comment(`${r.label} ${JSON.stringify(r.displayName)} (design object ${r.sourceId})`),
    block(
      'resource',
      [type, label],
      [
        attr('type', text(`${r.type}@${r.apiVersion}`)),
        attr('name', nameValue(r.name)),
        attr(
          'parent_id',
          raw('"/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group_name}"'),
        ),
        ...(r.location === undefined ? [] : [attr('location', text(r.location))]),
        attr('tags', raw('var.tags')),
        attr('body', object(body)),
        attr('response_export_values', list([text(SYSTEM_ID)])),
        ...(subnets.length ? [attr('depends_on', list(subnets.map(raw)))] : []),
      ],
    ),
  ];
}

/** One environment link: the environment (by its variable) joined to the policy's system ID. */
export function environmentLinkItems(
  environment: Environment,
  variable: string,
  policyAddress: string,
  label: string,
): HclItem[] {
  return [
    comment(`Environment ${JSON.stringify(environment.name)} (design object ${environment.id})`),
    block(
      'resource',
      ['powerplatform_enterprise_policy', label],
      [
        attr('environment_id', raw(`var.${variable}`)),
        attr('system_id', raw(`${policyAddress}.output.${SYSTEM_ID}`)),
        attr('policy_type', text('NetworkInjection')),
      ],
    ),
  ];
}
