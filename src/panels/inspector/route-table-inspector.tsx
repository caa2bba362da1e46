import { nextHopTypes, type Route } from '../../domain/model/schema';
import { CheckboxField } from '../shared/checkbox-field';
import { CidrInput } from '../shared/cidr-input';
import { ObjectListEditor } from '../shared/object-list-editor';
import { RegionPicker } from '../shared/region-picker';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit } from '../shared/use-entity';
import { ScopeFields } from './scope-fields';

/** Fields of a route table and its routes. */
export function RouteTableInspector({ id }: { id: string }) {
  const table = useEntity('routeTables', id);
  const edit = useEntityEdit('routeTables', id);
  if (!table) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={table.name} onChange={(name) => edit({ name }, 'name')} />
      <RegionPicker label="Region" value={table.region} onChange={(region) => edit({ region })} />
      <ScopeFields entity={table} edit={edit} />
      <CheckboxField
        label="Disable BGP route propagation"
        checked={table.disableBgpRoutePropagation}
        onChange={(disableBgpRoutePropagation) => edit({ disableBgpRoutePropagation })}
      />
      <ObjectListEditor<Route>
        title="Routes"
        itemLabel="Route"
        items={table.routes}
        emptyText="No routes: system routes apply."
        newItem={(routes) => ({
          name: routes.length === 0 ? 'default-to-firewall' : `route-${routes.length + 1}`,
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '',
        })}
        itemTitle={(r, i) => r.name || `Route ${i + 1}`}
        onChange={(routes, key) => edit({ routes }, key === undefined ? undefined : `routes.${key}`)}
        renderItem={(r, update) => (
          <div className="space-y-2">
            <TextField label="Route name" value={r.name} onChange={(name) => update({ name }, 'name')} />
            <CidrInput
              label="Address prefix"
              value={r.addressPrefix}
              onChange={(addressPrefix) => update({ addressPrefix }, 'addressPrefix')}
            />
            <SelectField
              label="Next hop type"
              value={r.nextHopType}
              options={nextHopTypes.map((t) => ({ value: t, label: t }))}
              onChange={(v) => update({ nextHopType: v as Route['nextHopType'] })}
            />
            {r.nextHopType === 'VirtualAppliance' ? (
              <TextField
                label="Next hop IP address"
                mono
                value={r.nextHopIpAddress ?? ''}
                placeholder="10.0.1.4"
                onChange={(nextHopIpAddress) => update({ nextHopIpAddress }, 'nextHopIpAddress')}
              />
            ) : null}
          </div>
        )}
      />
    </div>
  );
}
