/** Fields of a hub's own objects: an Azure Firewall or NVA, a virtual network gateway, a Bastion host. */

import { gatewaySkuType } from '../../domain/model/hub-objects';
import {
  type Bastion,
  bastionSkus,
  type Firewall,
  firewallKinds,
  firewallSkus,
  type Gateway,
  gatewayKinds,
  gatewaySkus,
} from '../../domain/model/schema';
import { CheckboxField } from '../shared/checkbox-field';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit } from '../shared/use-entity';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The SKUs of one type of gateway (a SKU of the other type stays visible as the stored value). */
const skusOf = (type: Gateway['type']) => gatewaySkus.filter((s) => gatewaySkuType(s) === type);

export function FirewallInspector({ id }: { id: string }) {
  const firewall = useEntity('firewalls', id);
  const edit = useEntityEdit('firewalls', id);
  if (!firewall) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={firewall.name} onChange={(name) => edit({ name }, 'name')} />
      <SelectField
        label="Firewall kind"
        value={firewall.kind}
        options={firewallKinds.map((k) => ({
          value: k,
          label: k === 'NVA' ? 'Network virtual appliance' : 'Azure Firewall',
        }))}
        onChange={(kind) => edit({ kind: kind as Firewall['kind'] })}
      />
      {firewall.kind === 'AzureFirewall' ? (
        <SelectField
          label="Firewall SKU"
          value={firewall.sku}
          options={options(firewallSkus)}
          onChange={(sku) => edit({ sku: sku as Firewall['sku'] })}
        />
      ) : null}
      <TextField
        label="Firewall private IP"
        mono
        value={firewall.privateIp}
        placeholder="10.0.1.4"
        onChange={(privateIp) => edit({ privateIp }, 'privateIp')}
      />
    </div>
  );
}

export function GatewayInspector({ id }: { id: string }) {
  const gateway = useEntity('gateways', id);
  const edit = useEntityEdit('gateways', id);
  if (!gateway) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={gateway.name} onChange={(name) => edit({ name }, 'name')} />
      <SelectField
        label="Gateway type"
        value={gateway.type}
        options={gatewayKinds.map((g) => ({ value: g, label: g === 'Vpn' ? 'VPN' : 'ExpressRoute' }))}
        onChange={(type) =>
          edit((g) => {
            const next = type as Gateway['type'];
            // A SKU of the other type goes: the new type's first SKU takes its place.
            const sku = gatewaySkuType(g.sku) === next ? g.sku : (skusOf(next)[0] ?? g.sku);
            return { ...g, type: next, sku };
          })
        }
      />
      <SelectField
        label="Gateway SKU"
        value={gateway.sku}
        options={options(skusOf(gateway.type))}
        onChange={(sku) => edit({ sku: sku as Gateway['sku'] })}
      />
      <CheckboxField
        label="Active-active"
        checked={gateway.activeActive}
        onChange={(activeActive) => edit({ activeActive })}
      />
    </div>
  );
}

export function BastionInspector({ id }: { id: string }) {
  const bastion = useEntity('bastions', id);
  const edit = useEntityEdit('bastions', id);
  if (!bastion) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={bastion.name} onChange={(name) => edit({ name }, 'name')} />
      <SelectField
        label="Bastion SKU"
        value={bastion.sku}
        options={options(bastionSkus)}
        onChange={(sku) => edit({ sku: sku as Bastion['sku'] })}
      />
    </div>
  );
}
