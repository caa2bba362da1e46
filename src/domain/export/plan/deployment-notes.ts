/**
 * What an export does not deploy and the reader must do or check: routes to an appliance the template
 * does not create, policy subnets in VNets of another resource group, and placeholder subscription or
 * environment ids. A pure value: the export view lists it, the CLI prints it on stderr, and the Bicep
 * file, ARM template and script carry it in their header.
 */

import { indexDesign } from '../../model/design-index';
import { DEFAULT_SUBSCRIPTION_ID } from '../../model/factories';
import { routeNextHopIp } from '../../model/hub-objects';
import type { Design } from '../../model/schema';
import type { Scope } from './expr';
import { scopeKey } from './scopes';
import type { PlannedPolicy, PlannedResource } from './types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const label = (e: { id: string; name: string }) => `"${e.name.trim() || e.id}"`;

/** Whether a subscription id is a placeholder (all zeros, empty, or not a GUID). */
export function isPlaceholderSubscription(id: string): boolean {
  const t = id.trim();
  return t === '' || t === DEFAULT_SUBSCRIPTION_ID || !GUID.test(t);
}

export interface NotesInput {
  design: Design;
  scope: Scope;
  scopes: readonly Scope[];
  resources: readonly PlannedResource[];
  policies: readonly PlannedPolicy[];
}

export function deploymentNotes({ design, scope, scopes, resources, policies }: NotesInput): string[] {
  const index = indexDesign(design);
  const notes: string[] = [];
  // Routes whose next hop is an address this template does not deploy (an NVA, or a firewall elsewhere).
  const firewalls = new Map(
    design.firewalls.flatMap((f) => {
      const vnet = index.vnets.get(f.vnetId);
      return f.privateIp.trim() && vnet ? [[f.privateIp.trim(), { firewall: f, vnet }] as const] : [];
    }),
  );
  const tableIds = new Set(resources.filter((r) => !r.existing).map((r) => r.sourceId));
  // a firewall this template deploys takes the address Azure gives it (NET013 checks the design's)
  const deployedHere = (firewallId: string) => tableIds.has(firewallId);
  for (const table of design.routeTables) {
    if (!tableIds.has(table.id)) continue;
    for (const route of table.routes) {
      const ip = routeNextHopIp(design, route)?.trim();
      if (route.nextHopType !== 'VirtualAppliance' || !ip) continue;
      const owner = firewalls.get(ip);
      if (owner && deployedHere(owner.firewall.id)) continue;
      notes.push(
        `Route "${route.name.trim()}" of route table ${label(table)} sends ${route.addressPrefix.trim()} to ${ip}, which this export does not deploy${owner ? ` (the ${owner.firewall.kind === 'AzureFirewall' ? 'Azure Firewall' : 'appliance'} of VNet ${label(owner.vnet)})` : ' (no firewall or appliance in the design has that address)'}: deploy it at that address before relying on the route.`,
      );
    }
  }
  // Policies whose delegated subnets live in a VNet deployed elsewhere.
  for (const { policy } of policies) {
    for (const subnetId of policy.subnetIds) {
      const subnet = index.subnets.get(subnetId);
      const vnet = subnet && index.vnets.get(subnet.vnetId);
      if (!subnet || !vnet) continue;
      const vnetScope = { subscriptionId: vnet.subscriptionId, resourceGroup: vnet.resourceGroup };
      if (scopeKey(vnetScope) === scopeKey(scope) || subnet.existing) continue;
      if (vnet.existing) {
        notes.push(
          `Policy ${label(policy)} uses the new subnet ${label(subnet)} of the existing VNet ${label(vnet)} in ${scopeKey(vnetScope)}, outside this export's resource group: deploy that scope's export (which adds the subnet) first.`,
        );
        continue;
      }
      notes.push(
        `Policy ${label(policy)} uses subnet ${label(subnet)} of VNet ${label(vnet)} in ${scopeKey(vnetScope)}, outside this export's resource group: deploy that VNet first; this template only refers to it by ID.`,
      );
    }
  }
  // Objects already in Azure: the export refers to them and never redeploys them.
  const existing = resources.filter((r) => r.existing);
  if (existing.length)
    notes.push(
      `Already in Azure, referred to and not deployed: ${existing.map((r) => `${r.label.charAt(0).toLowerCase()}${r.label.slice(1)} ${JSON.stringify(r.displayName)}${r.scope ? ` (in ${scopeKey(r.scope)})` : ''}`).join(', ')}.`,
    );
  // Placeholder ids.
  for (const s of scopes) {
    if (isPlaceholderSubscription(s.subscriptionId))
      notes.push(
        `Subscription "${s.subscriptionId}" (resource group ${s.resourceGroup}) is a placeholder: set the real subscription ID in the design before deploying.`,
      );
  }
  const linked = new Set(policies.map((p) => p.policy.id));
  for (const env of design.environments) {
    if (!env.policyIds.some((id) => linked.has(id))) continue;
    const id = env.environmentId?.trim() ?? '';
    if (id === '')
      notes.push(
        `Environment ${label(env)} has no Power Platform environment ID: the post-deployment script needs it to link the environment (pass it, or set it in the design).`,
      );
    else if (!GUID.test(id))
      notes.push(`Environment ${label(env)} has environment ID "${id}", which is not a GUID: check it.`);
  }
  return notes;
}
