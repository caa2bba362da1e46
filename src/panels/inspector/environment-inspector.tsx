import { findGeography, regionLabel, resolveGeography, resolveRegion } from '../../domain/catalog/regions';
import { type EnvironmentType, environmentTypes } from '../../domain/model/schema';
import { CatalogCombobox } from '../shared/catalog-combobox';
import { CheckboxField } from '../shared/checkbox-field';
import { LinkListEditor } from '../shared/link-list-editor';
import { geographyComboOptions, regionComboOptions } from '../shared/region-options';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus, withOptional } from '../shared/use-entity';
import { useNamedOptions } from './entity-options';

const typeHints: Record<EnvironmentType, string> = {
  Production: 'About 25–30 addresses in its delegated subnet.',
  Default: 'About 25–30 addresses; Default environments are production-like.',
  Sandbox: 'About 6–10 addresses in its delegated subnet.',
  Developer: 'About 6–10 addresses in its delegated subnet.',
  Trial: 'Trial environments cannot use Virtual Network support.',
  Teams: 'Teams environments cannot use Virtual Network support.',
};

const geographyOptions = geographyComboOptions();
const regionOptions = regionComboOptions();

/** Fields of a Power Platform environment and its links to policies and private resources. */
export function EnvironmentInspector({ id }: { id: string }) {
  const env = useEntity('environments', id);
  const edit = useEntityEdit('environments', id);
  const focus = useFocus();
  const policies = useNamedOptions('policies');
  const resources = useNamedOptions('resources');
  if (!env) return null;
  const geography = findGeography(env.geography);
  return (
    <div className="space-y-3">
      <TextField label="Name" value={env.name} onChange={(name) => edit({ name }, 'name')} />
      <TextField
        label="Environment ID"
        mono
        value={env.environmentId ?? ''}
        placeholder="00000000-0000-0000-0000-000000000000"
        hint="The Power Platform environment GUID, used by the post-deployment script."
        onChange={(v) => edit((e) => withOptional(e, 'environmentId', v), 'environmentId')}
      />
      <SelectField
        label="Environment type"
        value={env.type}
        options={environmentTypes.map((t) => ({ value: t, label: t }))}
        hint={typeHints[env.type]}
        onChange={(v) => edit({ type: v as EnvironmentType })}
      />
      <CatalogCombobox
        label="Geography"
        value={env.geography}
        options={geographyOptions}
        resolve={(text) => resolveGeography(text)?.policyLocation}
        placeholder="Search geographies"
        hint={
          geography
            ? `${geography.label}: the environment's location as Power Platform reports it.`
            : 'Not a geography with Virtual Network support (ENV003 reports it).'
        }
        onChange={(geographyText) => edit({ geography: geographyText })}
      />
      <CatalogCombobox
        label="Azure region"
        value={env.azureRegion ?? ''}
        options={regionOptions}
        resolve={resolveRegion}
        placeholder="Not known"
        hint={
          env.azureRegion
            ? `Get-EnvironmentRegion reports ${regionLabel(env.azureRegion)}.`
            : 'The region Get-EnvironmentRegion reports, when known.'
        }
        onChange={(v) => edit((e) => withOptional(e, 'azureRegion', v))}
      />
      <div className="space-y-2">
        <CheckboxField
          label="Managed environment"
          checked={env.managed}
          hint="Virtual Network support requires a Managed Environment."
          onChange={(managed) => edit({ managed })}
        />
        <CheckboxField
          label="Early release"
          checked={env.earlyRelease}
          onChange={(earlyRelease) => edit({ earlyRelease })}
        />
        <CheckboxField
          label="Calls internet endpoints"
          checked={env.callsInternet}
          hint="Its delegated subnets then need a NAT gateway or a route to a firewall."
          onChange={(callsInternet) => edit({ callsInternet })}
        />
      </div>
      <LinkListEditor
        title="Enterprise policies"
        itemLabel="policy"
        ids={env.policyIds}
        options={policies}
        onOpen={(p) => focus([p])}
        emptyText="Not linked to a NetworkInjection policy."
        onChange={(policyIds) => edit({ policyIds })}
      />
      <LinkListEditor
        title="Private resources it reaches"
        itemLabel="resource"
        ids={env.resourceIds}
        options={resources}
        onOpen={(r) => focus([r])}
        emptyText="No private resources."
        onChange={(resourceIds) => edit({ resourceIds })}
      />
    </div>
  );
}
