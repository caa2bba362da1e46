import { type PrivateResource, type ResourcePlacement, resourceKinds } from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { SelectField } from '../shared/select-field';
import { StringListEditor } from '../shared/string-list-editor';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, withOptional } from '../shared/use-entity';
import { useNamedOptions, useSubnetOptions } from './entity-options';

const kindLabels: Record<PrivateResource['kind'], string> = {
  Sql: 'Azure SQL',
  Storage: 'Storage account',
  KeyVault: 'Key Vault',
  Api: 'API / web app',
  OnPremises: 'On-premises system',
  Other: 'Other',
};

/** Fields of a private resource: where it lives (a subnet or on premises) and its private DNS zone. */
export function ResourceInspector({ id }: { id: string }) {
  const resource = useEntity('resources', id);
  const edit = useEntityEdit('resources', id);
  const subnets = useSubnetOptions();
  const vnets = useNamedOptions('vnets');
  const zones = useNamedOptions('privateDnsZones');
  const firstSubnet = useStudio((s) => s.design.subnets[0]?.id ?? '');
  const gatewayVnet = useStudio((s) => s.design.gateways[0]?.vnetId ?? s.design.vnets[0]?.id ?? '');
  if (!resource) return null;
  const placement = resource.placement;
  const setPlacement = (p: ResourcePlacement, typing?: string) => edit({ placement: p }, typing);
  return (
    <div className="space-y-3">
      <TextField label="Name" value={resource.name} onChange={(name) => edit({ name }, 'name')} />
      <SelectField
        label="Kind"
        value={resource.kind}
        options={resourceKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        onChange={(kind) => edit({ kind: kind as PrivateResource['kind'] })}
      />
      <SelectField
        label="Placement"
        value={placement.type}
        options={[
          { value: 'subnet', label: 'In a subnet of this design' },
          { value: 'onPremises', label: 'On premises, through a gateway' },
        ]}
        onChange={(type) => {
          // A placement must name an existing subnet or VNet: ids are never empty.
          if ((type === 'subnet' ? firstSubnet : gatewayVnet) === '') return;
          setPlacement(
            type === 'subnet'
              ? { type: 'subnet', subnetId: firstSubnet, privateEndpoint: true }
              : { type: 'onPremises', gatewayVnetId: gatewayVnet, addressPrefixes: [] },
          );
        }}
      />
      {placement.type === 'subnet' ? (
        <>
          <SelectField
            label="Subnet"
            value={placement.subnetId}
            options={subnets}
            onChange={(subnetId) => setPlacement({ ...placement, subnetId })}
          />
          <CheckboxField
            label="Reached through a private endpoint"
            checked={placement.privateEndpoint}
            onChange={(privateEndpoint) => setPlacement({ ...placement, privateEndpoint })}
          />
        </>
      ) : (
        <>
          <SelectField
            label="Gateway VNet"
            value={placement.gatewayVnetId}
            options={vnets}
            hint="The VNet whose VPN or ExpressRoute gateway reaches the on-premises network."
            onChange={(gatewayVnetId) => setPlacement({ ...placement, gatewayVnetId })}
          />
          <StringListEditor
            title="On-premises address prefixes"
            itemLabel="On-premises prefix"
            kind="cidr"
            items={placement.addressPrefixes}
            newItem={() => ''}
            emptyText="No on-premises ranges."
            onChange={(addressPrefixes, i) =>
              setPlacement({ ...placement, addressPrefixes }, i === undefined ? undefined : `onPremises.${i}`)
            }
          />
        </>
      )}
      <SelectField
        label="Private DNS zone"
        value={resource.privateDnsZoneId ?? ''}
        emptyLabel="None"
        options={zones}
        onChange={(v) => edit((r) => withOptional(r, 'privateDnsZoneId', v))}
      />
    </div>
  );
}
