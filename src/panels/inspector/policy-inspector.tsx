import { useMemo } from 'react';
import { findGeography, isPaired, regionLabel, resolveGeography } from '../../domain/catalog/regions';
import { useStudio } from '../../store/use-studio';
import { CatalogCombobox } from '../shared/catalog-combobox';
import { hintClass, linkButtonClass } from '../shared/form-styles';
import { LinkListEditor } from '../shared/link-list-editor';
import { policyLocationOptions } from '../shared/region-options';
import { Section } from '../shared/section';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus } from '../shared/use-entity';
import { useSubnetOptions } from './entity-options';
import { FailoverTwinButton } from './failover-twin-button';

const locations = policyLocationOptions();

/** Fields of a NetworkInjection enterprise policy: location, scope, and its ordered subnets. */
export function PolicyInspector({ id }: { id: string }) {
  const policy = useEntity('policies', id);
  const edit = useEntityEdit('policies', id);
  const focus = useFocus();
  const subnets = useSubnetOptions();
  const environments = useStudio((s) => s.design.environments);
  const linked = useMemo(() => environments.filter((e) => e.policyIds.includes(id)), [environments, id]);
  if (!policy) return null;
  const geography = findGeography(policy.location);
  const paired = geography ? isPaired(geography) : false;
  return (
    <div className="space-y-3">
      <TextField label="Name" value={policy.name} onChange={(name) => edit({ name }, 'name')} />
      <CatalogCombobox
        label="Policy location"
        value={policy.location}
        options={locations}
        resolve={(text) => resolveGeography(text)?.policyLocation}
        placeholder="Search geographies"
        hint={
          geography
            ? `${geography.label}: VNets in ${geography.pairs.map((p) => p.map(regionLabel).join(' + ')).join(', or ')}.`
            : 'Not a Power Platform policy location with Virtual Network support (POL001 reports it).'
        }
        onChange={(location) => edit({ location })}
      />
      <TextField
        label="Subscription ID"
        mono
        value={policy.subscriptionId}
        onChange={(subscriptionId) => edit({ subscriptionId }, 'subscriptionId')}
      />
      <TextField
        label="Resource group"
        mono
        value={policy.resourceGroup}
        onChange={(resourceGroup) => edit({ resourceGroup }, 'resourceGroup')}
      />
      <LinkListEditor
        title="Delegated subnets"
        itemLabel="subnet"
        ids={policy.subnetIds}
        options={subnets}
        roles={['Primary', 'Secondary']}
        max={2}
        onOpen={(s) => focus([s])}
        hint={
          paired
            ? 'A paired geography needs one delegated subnet in each region of the pair, same size.'
            : 'A single-region geography needs one delegated subnet.'
        }
        emptyText="No subnet yet: link the primary delegated subnet."
        onChange={(subnetIds) => edit({ subnetIds })}
      />
      {paired && policy.subnetIds.length === 1 ? <FailoverTwinButton target={policy.id} /> : null}
      <Section title={`Linked environments (${linked.length})`}>
        {linked.length === 0 ? (
          <p className={hintClass}>No environment is linked: link one from the environment.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {linked.map((e) => (
              <li key={e.id} className="flex justify-between gap-2">
                <button type="button" className={linkButtonClass} onClick={() => focus([e.id])}>
                  {e.name || e.id}
                </button>
                <span className="text-xs text-slate-500 dark:text-slate-400">{e.type}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
