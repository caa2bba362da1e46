import { describe, expect, it } from 'vitest';
import { createFirewall, createRouteTable } from '../../model/factories';
import { createBaseDesign } from '../../testing/base-design';
import { variant } from '../../testing/rule-fixture';
import { exportDesign } from '../export-design';
import { usGovernmentFixture } from '../fixtures/us-government';

const SUB = '3b6f0c1e-2d4a-4b8e-9c1f-5a7d2e9b0c11';

/** The base design with real ids, so only the case under test leaves a note. */
const real = (edit: Parameters<typeof variant>[0] = () => {}) =>
  variant((d) => {
    for (const v of d.vnets) v.subscriptionId = SUB;
    for (const p of d.policies) p.subscriptionId = SUB;
    d.environments[0]!.environmentId = '0d7e4b2a-6c1f-4e3d-9a8b-7c6d5e4f3a21';
    edit(d);
  });

const notes = (design = real(), target: 'bicep' | 'script' | 'arm' | 'github-workflow' = 'bicep') =>
  exportDesign(design, { target, findings: [] }).notes;

describe('what an export does not deploy', () => {
  it('says nothing for a design with real ids and nothing outside the template', () => {
    expect(notes()).toEqual([]);
    expect(notes(usGovernmentFixture())).toEqual([]);
  });

  it('names a route whose next hop is an appliance address the template does not deploy', () => {
    const design = real((d) => {
      d.firewalls.push(
        createFirewall({ id: 'afw', vnetId: d.vnets[0]!.id, privateIp: '10.1.255.4', existing: true }),
      );
      d.routeTables.push(
        createRouteTable({
          id: 'rt',
          name: 'rt-pp',
          routes: [
            {
              name: 'to-fw',
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.1.255.4',
            },
            {
              name: 'to-nva',
              addressPrefix: '10.9.0.0/16',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.1.255.9',
            },
            { name: 'to-gw', addressPrefix: '192.168.0.0/16', nextHopType: 'VirtualNetworkGateway' },
          ],
        }),
      );
      for (const rt of d.routeTables) rt.subscriptionId = SUB;
      d.subnets[0]!.routeTableId = 'rt';
    });
    expect(notes(design)).toEqual([
      'Route "to-fw" of route table "rt-pp" sends 0.0.0.0/0 to 10.1.255.4, which this export does not deploy (the Azure Firewall of VNet "vnet-pp-eus"): deploy it at that address before relying on the route.',
      'Route "to-nva" of route table "rt-pp" sends 10.9.0.0/16 to 10.1.255.9, which this export does not deploy (no firewall or appliance in the design has that address): deploy it at that address before relying on the route.',
    ]);
  });

  it('names a policy subnet in a VNet of another resource group', () => {
    const design = real((d) => {
      d.vnets[1]!.resourceGroup = 'rg-west';
    });
    const scope = `${SUB}/${design.policies[0]!.resourceGroup}`;
    const all = exportDesign(design, { target: 'bicep', findings: [], scope });
    expect(all.notes.join('\n')).toMatch(
      /Policy "ep-us" uses subnet "snet-pp" of VNet "vnet-pp-wus" in .*\/rg-west, outside this export's resource group: deploy that VNet first/,
    );
  });

  it('names placeholder subscription and environment ids', () => {
    const text = notes(createBaseDesign()).join('\n');
    expect(text).toMatch(
      /Subscription "00000000-0000-0000-0000-000000000000" \(resource group .*\) is a placeholder/,
    );
    expect(text).toMatch(/Environment "env-prod" has no Power Platform environment ID/);
    const odd = real((d) => {
      d.environments[0]!.environmentId = 'contoso-prod';
    });
    expect(notes(odd)).toEqual([
      'Environment "env-prod" has environment ID "contoso-prod", which is not a GUID: check it.',
    ]);
  });

  it('carries the notes as comments in Bicep and the script, in the ARM metadata, and not in pipelines', () => {
    const design = createBaseDesign();
    const heading = 'Not deployed by this export (do or check these yourself):';
    expect(exportDesign(design, { target: 'bicep', findings: [] }).text).toContain(`// ${heading}`);
    expect(exportDesign(design, { target: 'script', findings: [] }).text).toContain(`# ${heading}`);
    const arm = JSON.parse(exportDesign(design, { target: 'arm', findings: [] }).text);
    expect(arm.metadata.vnetStudio.notDeployed.length).toBeGreaterThan(0);
    expect(notes(design, 'github-workflow')).toEqual([]);
    expect(notes(design, 'bicep').length).toBeGreaterThan(0);
  });

  it('leaves out a route to an Azure Firewall this export deploys, and names one it does not', () => {
    const withFirewall = (existing: boolean) =>
      real((d) => {
        d.firewalls.push(
          createFirewall({
            id: 'afw',
            vnetId: d.vnets[0]!.id,
            privateIp: '10.1.255.4',
            ...(existing ? { existing } : {}),
          }),
        );
        d.routeTables.push(
          createRouteTable({
            id: 'rt',
            name: 'rt-pp',
            subscriptionId: SUB,
            routes: [
              {
                name: 'to-fw',
                addressPrefix: '0.0.0.0/0',
                nextHopType: 'VirtualAppliance',
                nextHopFirewallId: 'afw',
              },
            ],
          }),
        );
        d.subnets[0]!.routeTableId = 'rt';
      });
    expect(notes(withFirewall(false))).toEqual([]);
    expect(notes(withFirewall(true))).toEqual([
      'Route "to-fw" of route table "rt-pp" sends 0.0.0.0/0 to 10.1.255.4, which this export does not deploy (the Azure Firewall of VNet "vnet-pp-eus"): deploy it at that address before relying on the route.',
    ]);
  });
});
