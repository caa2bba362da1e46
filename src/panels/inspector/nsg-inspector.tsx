import type { SecurityRule } from '../../domain/model/schema';
import { NumberField } from '../shared/number-field';
import { ObjectListEditor } from '../shared/object-list-editor';
import { RegionPicker } from '../shared/region-picker';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit } from '../shared/use-entity';
import { ScopeFields } from './scope-fields';

const protocols: ReadonlyArray<SecurityRule['protocol']> = ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'];
const options = (values: readonly string[]) =>
  values.map((v) => ({ value: v, label: v === '*' ? 'Any (*)' : v }));

/** The next free priority after the highest one in use (rules go in steps of 10). */
function nextPriority(rules: readonly SecurityRule[]): number {
  const highest = rules.reduce((m, r) => Math.max(m, r.priority), 90);
  return Math.min(4096, highest + 10);
}

/** Fields of a network security group and its security rules. */
export function NsgInspector({ id }: { id: string }) {
  const nsg = useEntity('nsgs', id);
  const edit = useEntityEdit('nsgs', id);
  if (!nsg) return null;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={nsg.name} onChange={(name) => edit({ name }, 'name')} />
      <RegionPicker label="Region" value={nsg.region} onChange={(region) => edit({ region })} />
      <ScopeFields entity={nsg} edit={edit} />
      <ObjectListEditor<SecurityRule>
        title="Security rules"
        itemLabel="Security rule"
        items={nsg.rules}
        emptyText="Only Azure's default rules apply."
        newItem={(rules) => ({
          name: `rule-${rules.length + 1}`,
          priority: nextPriority(rules),
          direction: 'Outbound',
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'VirtualNetwork',
          sourcePortRange: '*',
          destinationAddressPrefix: '*',
          destinationPortRange: '443',
        })}
        itemTitle={(r, i) => `${r.priority} · ${r.name || `Rule ${i + 1}`}`}
        onChange={(rules, key) => edit({ rules }, key === undefined ? undefined : `rules.${key}`)}
        renderItem={(r, update) => (
          <div className="grid grid-cols-2 gap-2">
            <TextField label="Rule name" value={r.name} onChange={(name) => update({ name }, 'name')} />
            <NumberField
              label="Priority"
              value={r.priority}
              min={100}
              max={4096}
              onChange={(priority) => update({ priority }, 'priority')}
            />
            <SelectField
              label="Direction"
              value={r.direction}
              options={options(['Inbound', 'Outbound'])}
              onChange={(v) => update({ direction: v as SecurityRule['direction'] })}
            />
            <SelectField
              label="Access"
              value={r.access}
              options={options(['Allow', 'Deny'])}
              onChange={(v) => update({ access: v as SecurityRule['access'] })}
            />
            <SelectField
              label="Protocol"
              value={r.protocol}
              options={options(protocols)}
              onChange={(v) => update({ protocol: v as SecurityRule['protocol'] })}
            />
            <span />
            <TextField
              label="Source"
              mono
              value={r.sourceAddressPrefix}
              onChange={(v) => update({ sourceAddressPrefix: v }, 'sourceAddressPrefix')}
            />
            <TextField
              label="Source ports"
              mono
              value={r.sourcePortRange}
              onChange={(v) => update({ sourcePortRange: v }, 'sourcePortRange')}
            />
            <TextField
              label="Destination"
              mono
              value={r.destinationAddressPrefix}
              onChange={(v) => update({ destinationAddressPrefix: v }, 'destinationAddressPrefix')}
            />
            <TextField
              label="Destination ports"
              mono
              value={r.destinationPortRange}
              onChange={(v) => update({ destinationPortRange: v }, 'destinationPortRange')}
            />
          </div>
        )}
      />
    </div>
  );
}
