import { type Firewall, nextHopTypes, type Route } from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { CidrInput } from '../shared/cidr-input';
import { ObjectListEditor } from '../shared/object-list-editor';
import { RegionPicker } from '../shared/region-picker';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit } from '../shared/use-entity';
import { ScopeFields } from './scope-fields';

/**
 * A virtual appliance route's next hop: one of the design's firewalls (its private IP is then the next
 * hop, and follows the firewall) or an address typed in.
 */
function ApplianceHop({
  route,
  firewalls,
  update,
}: {
  route: Route;
  firewalls: readonly Firewall[];
  update: (patch: Partial<Route>, typingField?: string) => void;
}) {
  const chosen = firewalls.find((f) => f.id === route.nextHopFirewallId);
  return (
    <>
      <SelectField
        label="Next hop firewall"
        value={route.nextHopFirewallId ?? ''}
        emptyLabel="None: an IP address"
        options={firewalls.map((f) => ({
          value: f.id,
          label: `${f.name} (${f.privateIp.trim() || 'no IP'})`,
        }))}
        hint={
          chosen
            ? `Traffic goes to ${chosen.name} at ${chosen.privateIp.trim() || 'its private IP (not set)'}.`
            : undefined
        }
        onChange={(v) => {
          const fw = firewalls.find((f) => f.id === v);
          if (fw) update({ nextHopFirewallId: fw.id, nextHopIpAddress: undefined });
          else
            update({
              nextHopFirewallId: undefined,
              nextHopIpAddress: route.nextHopIpAddress ?? chosen?.privateIp ?? '',
            });
        }}
      />
      {chosen ? null : (
        <TextField
          label="Next hop IP address"
          mono
          value={route.nextHopIpAddress ?? ''}
          placeholder="10.0.1.4"
          onChange={(nextHopIpAddress) => update({ nextHopIpAddress }, 'nextHopIpAddress')}
        />
      )}
    </>
  );
}

/** Fields of a route table and its routes. */
export function RouteTableInspector({ id }: { id: string }) {
  const table = useEntity('routeTables', id);
  const edit = useEntityEdit('routeTables', id);
  const firewalls = useStudio((s) => s.design.firewalls);
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
              <ApplianceHop route={r} firewalls={firewalls} update={update} />
            ) : null}
          </div>
        )}
      />
    </div>
  );
}
