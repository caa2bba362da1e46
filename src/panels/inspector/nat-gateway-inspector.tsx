import { MAX_NAT_PUBLIC_IPS } from '../../domain/catalog/limits';
import { type NatGateway, type PublicIp, publicIpSkus } from '../../domain/model/schema';
import { NumberField } from '../shared/number-field';
import { ObjectListEditor } from '../shared/object-list-editor';
import { RegionPicker } from '../shared/region-picker';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit } from '../shared/use-entity';
import { ScopeFields } from './scope-fields';

/** Fields of a NAT gateway and its public IP addresses and prefixes. */
export function NatGatewayInspector({ id }: { id: string }) {
  const nat = useEntity('natGateways', id);
  const edit = useEntityEdit('natGateways', id);
  if (!nat) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={nat.name} onChange={(name) => edit({ name }, 'name')} />
      <RegionPicker label="Region" value={nat.region} onChange={(region) => edit({ region })} />
      <SelectField
        label="SKU"
        value={nat.sku}
        options={['Standard', 'StandardV2'].map((s) => ({ value: s, label: s }))}
        onChange={(sku) => edit({ sku: sku as NatGateway['sku'] })}
      />
      <ScopeFields entity={nat} edit={edit} />
      <ObjectListEditor<PublicIp>
        title="Public IPs"
        itemLabel="Public IP"
        items={nat.publicIps}
        emptyText={`None: a NAT gateway needs at least one (up to ${MAX_NAT_PUBLIC_IPS}).`}
        newItem={(list) => ({ name: `pip-${nat.name}-${list.length + 1}`, kind: 'Address', sku: 'Standard' })}
        itemTitle={(p, i) => p.name || `Public IP ${i + 1}`}
        onChange={(publicIps, key) => edit({ publicIps }, key === undefined ? undefined : `publicIps.${key}`)}
        renderItem={(p, update) => (
          <div className="grid grid-cols-2 gap-2">
            <div className="col-span-2">
              <TextField
                label="Public IP name"
                value={p.name}
                onChange={(name) => update({ name }, 'name')}
              />
            </div>
            <SelectField
              label="Kind"
              value={p.kind}
              options={[
                { value: 'Address', label: 'Address' },
                { value: 'Prefix', label: 'Prefix' },
              ]}
              onChange={(kind) =>
                update(
                  kind === 'Prefix'
                    ? { kind: 'Prefix', prefixLength: p.prefixLength ?? 28 }
                    : { kind: 'Address' },
                )
              }
            />
            <SelectField
              label="SKU"
              value={p.sku}
              options={publicIpSkus.map((s) => ({ value: s, label: s }))}
              onChange={(sku) => update({ sku: sku as PublicIp['sku'] })}
            />
            {p.kind === 'Prefix' ? (
              <NumberField
                label="Prefix length"
                value={p.prefixLength ?? 28}
                min={28}
                max={31}
                hint="/28 = 16 addresses … /31 = 2."
                onChange={(prefixLength) => update({ prefixLength }, 'prefixLength')}
              />
            ) : null}
          </div>
        )}
      />
    </div>
  );
}
