import { LinkListEditor } from '../shared/link-list-editor';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus } from '../shared/use-entity';
import { useNamedOptions } from './entity-options';

/** Fields of a private DNS zone and the VNets it is linked to. */
export function DnsZoneInspector({ id }: { id: string }) {
  const zone = useEntity('privateDnsZones', id);
  const edit = useEntityEdit('privateDnsZones', id);
  const focus = useFocus();
  const vnets = useNamedOptions('vnets');
  if (!zone) return null;
  return (
    <div className="space-y-3">
      <TextField
        label="Zone name"
        mono
        value={zone.name}
        placeholder="privatelink.database.windows.net"
        onChange={(name) => edit({ name }, 'name')}
      />
      <LinkListEditor
        title="Linked virtual networks"
        itemLabel="VNet"
        ids={zone.vnetIds}
        options={vnets}
        onOpen={(v) => focus([v])}
        hint="Every VNet with a delegated subnet needs the link (or custom DNS that forwards to it)."
        emptyText="Not linked to any VNet."
        onChange={(vnetIds) => edit({ vnetIds })}
      />
    </div>
  );
}
