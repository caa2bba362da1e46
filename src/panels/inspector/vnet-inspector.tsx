import { useMemo } from 'react';
import { AZURE_DNS_IP } from '../../domain/catalog/limits';
import { geographyOfRegion } from '../../domain/catalog/regions';
import { firewallOf, gatewaysOf } from '../../domain/model/hub-objects';
import { setVnetFirewall, setVnetGateway } from '../../domain/model/operations';
import { type Firewall, firewallKinds, type Gateway, gatewayKinds } from '../../domain/model/schema';
import { useStudio, useStudioStore } from '../../store/use-studio';
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

/** Fields of a virtual network: region, scope, address space, DNS, gateway and firewall, its subnets. */
export function VnetInspector({ id }: { id: string }) {
  const vnet = useEntity('vnets', id);
  const edit = useEntityEdit('vnets', id);
  const focus = useFocus();
  const allSubnets = useStudio((s) => s.design.subnets);
  const subnets = useMemo(() => allSubnets.filter((s) => s.vnetId === id), [allSubnets, id]);
  const allPeerings = useStudio((s) => s.design.peerings);
  const allVnets = useStudio((s) => s.design.vnets);
  const store = useStudioStore();
  const gatewayType = useStudio((s) => gatewaysOf(s.design, id)[0]?.type);
  const firewall = useStudio((s) => firewallOf(s.design, id));
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
  const setFirewall = (patch: Partial<Firewall> | undefined, typingField?: string) =>
    store
      .getState()
      .apply(
        (d) => setVnetFirewall(d, id, patch),
        typingField ? { coalesce: `field:${id}:firewall.${typingField}` } : {},
      );
  const setGateway = (type: Gateway['type'] | undefined) =>
    store.getState().apply((d) => setVnetGateway(d, id, type));
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
          value={gatewayType ?? ''}
          emptyLabel="None"
          options={gatewayKinds.map((g) => ({
            value: g,
            label: g === 'Vpn' ? 'VPN gateway' : 'ExpressRoute gateway',
          }))}
          onChange={(g) => setGateway(g === '' ? undefined : (g as Gateway['type']))}
        />
        <CheckboxField
          label="Firewall or network virtual appliance"
          checked={firewall !== undefined}
          onChange={(on) => setFirewall(on ? {} : undefined)}
        />
        {firewall ? (
          <div className="grid grid-cols-2 gap-2">
            <SelectField
              label="Firewall kind"
              value={firewall.kind}
              options={firewallKinds.map((k) => ({
                value: k,
                label: k === 'NVA' ? 'Network virtual appliance' : 'Azure Firewall',
              }))}
              onChange={(kind) => setFirewall({ kind: kind as Firewall['kind'] })}
            />
            <TextField
              label="Firewall private IP"
              mono
              value={firewall.privateIp}
              placeholder="10.0.1.4"
              onChange={(privateIp) => setFirewall({ privateIp }, 'privateIp')}
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
