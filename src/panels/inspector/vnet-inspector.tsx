import { useMemo } from 'react';
import { AZURE_DNS_IP } from '../../domain/catalog/limits';
import { geographyOfRegion } from '../../domain/catalog/regions';
import { firewallKinds, gatewayKinds, type VirtualNetwork } from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { hintClass, linkButtonClass } from '../shared/form-styles';
import { RegionPicker } from '../shared/region-picker';
import { Section } from '../shared/section';
import { SelectField } from '../shared/select-field';
import { StringListEditor } from '../shared/string-list-editor';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus } from '../shared/use-entity';
import { AddSubnetButton } from './add-subnet-button';
import { AddressPlanSection } from './address-plan/address-plan-section';

type Firewall = NonNullable<VirtualNetwork['firewall']>;

/** Fields of a virtual network: region, scope, address space, DNS, gateway and firewall, its subnets. */
export function VnetInspector({ id }: { id: string }) {
  const vnet = useEntity('vnets', id);
  const edit = useEntityEdit('vnets', id);
  const focus = useFocus();
  const allSubnets = useStudio((s) => s.design.subnets);
  const subnets = useMemo(() => allSubnets.filter((s) => s.vnetId === id), [allSubnets, id]);
  const allPeerings = useStudio((s) => s.design.peerings);
  const allVnets = useStudio((s) => s.design.vnets);
  const peerings = useMemo(
    () =>
      allPeerings
        .filter((p) => p.vnetAId === id || p.vnetBId === id)
        .map((p) => {
          const otherId = p.vnetAId === id ? p.vnetBId : p.vnetAId;
          const out = p.vnetAId === id ? p.aToB : p.bToA;
          const back = p.vnetAId === id ? p.bToA : p.aToB;
          const other = allVnets.find((v) => v.id === otherId)?.name || otherId;
          return { id: p.id, other, oneWay: !out || !back };
        }),
    [allPeerings, allVnets, id],
  );
  if (!vnet) return null;
  const geography = geographyOfRegion(vnet.region);
  const setFirewall = (patch: Partial<Firewall>) =>
    edit((v) => ({ ...v, firewall: { kind: 'AzureFirewall', privateIp: '', ...v.firewall, ...patch } }));
  return (
    <div className="space-y-3">
      <TextField label="Name" value={vnet.name} onChange={(name) => edit({ name }, 'name')} />
      <RegionPicker
        label="Region"
        value={vnet.region}
        hint={
          geography
            ? `Allowed for ${geography.label} policies.`
            : 'Power Platform cannot delegate to this region.'
        }
        onChange={(region) => edit({ region })}
      />
      <TextField
        label="Subscription ID"
        mono
        value={vnet.subscriptionId}
        onChange={(subscriptionId) => edit({ subscriptionId }, 'subscriptionId')}
      />
      <TextField
        label="Resource group"
        mono
        value={vnet.resourceGroup}
        onChange={(resourceGroup) => edit({ resourceGroup }, 'resourceGroup')}
      />
      <StringListEditor
        title="Address space"
        itemLabel="Address prefix"
        kind="cidr"
        items={vnet.addressPrefixes}
        newItem={() => ''}
        emptyText="No address space: add a prefix such as 10.0.0.0/16."
        onChange={(addressPrefixes, i) =>
          edit({ addressPrefixes }, i === undefined ? undefined : `addressPrefixes.${i}`)
        }
      />
      <AddressPlanSection vnetId={id} />
      <StringListEditor
        title="DNS servers"
        itemLabel="DNS server"
        kind="ip"
        items={vnet.dnsServers}
        newItem={() => ''}
        emptyText={`Azure-provided DNS (${AZURE_DNS_IP}).`}
        onChange={(dnsServers, i) => edit({ dnsServers }, i === undefined ? undefined : `dnsServers.${i}`)}
      />
      <Section title="Connectivity">
        <SelectField
          label="Virtual network gateway"
          value={vnet.gateway ?? ''}
          emptyLabel="None"
          options={gatewayKinds.map((g) => ({
            value: g,
            label: g === 'Vpn' ? 'VPN gateway' : 'ExpressRoute gateway',
          }))}
          onChange={(g) =>
            edit((v) => {
              const { gateway: _old, ...rest } = v;
              return g === '' ? rest : { ...rest, gateway: g as VirtualNetwork['gateway'] };
            })
          }
        />
        <CheckboxField
          label="Firewall or network virtual appliance"
          checked={vnet.firewall !== undefined}
          onChange={(on) =>
            on
              ? setFirewall({})
              : edit((v) => {
                  const { firewall: _old, ...rest } = v;
                  return rest;
                })
          }
        />
        {vnet.firewall ? (
          <div className="grid grid-cols-2 gap-2">
            <SelectField
              label="Firewall kind"
              value={vnet.firewall.kind}
              options={firewallKinds.map((k) => ({
                value: k,
                label: k === 'NVA' ? 'Network virtual appliance' : 'Azure Firewall',
              }))}
              onChange={(kind) => setFirewall({ kind: kind as Firewall['kind'] })}
            />
            <TextField
              label="Firewall private IP"
              mono
              value={vnet.firewall.privateIp}
              placeholder="10.0.1.4"
              onChange={(privateIp) =>
                edit(
                  (v) => ({ ...v, firewall: { kind: v.firewall?.kind ?? 'AzureFirewall', privateIp } }),
                  'firewall.privateIp',
                )
              }
            />
          </div>
        ) : null}
      </Section>
      <Section title={`Subnets (${subnets.length})`} actions={<AddSubnetButton vnetId={id} />}>
        {subnets.length === 0 ? <p className={hintClass}>No subnets yet.</p> : null}
        <ul className="space-y-1 text-sm">
          {subnets.map((s) => (
            <li key={s.id} className="flex justify-between gap-2">
              <button type="button" className={linkButtonClass} onClick={() => focus([s.id])}>
                {s.name || s.id}
              </button>
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{s.prefix}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={`Peerings (${peerings.length})`}>
        {peerings.length === 0 ? <p className={hintClass}>Not peered.</p> : null}
        <ul className="space-y-1 text-sm">
          {peerings.map((p) => (
            <li key={p.id} className="flex justify-between gap-2">
              <button type="button" className={linkButtonClass} onClick={() => focus([p.id])}>
                Peering with {p.other}
              </button>
              {p.oneWay ? (
                <span className="text-xs text-amber-700 dark:text-amber-300">one direction only</span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
