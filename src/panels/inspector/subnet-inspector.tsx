import { useMemo } from 'react';
import { findGeography, isPaired } from '../../domain/catalog/regions';
import {
  DELEGATION_ENTERPRISE_POLICIES,
  DELEGATION_VNET_ACCESS_LINKS,
  type Occupant,
  occupantKinds,
} from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { CidrInput } from '../shared/cidr-input';
import { hintClass, linkButtonClass } from '../shared/form-styles';
import { NumberField } from '../shared/number-field';
import { ObjectListEditor } from '../shared/object-list-editor';
import { SelectField } from '../shared/select-field';
import { StringListEditor } from '../shared/string-list-editor';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus, withOptional } from '../shared/use-entity';
import { describePrefix } from './describe-prefix';
import { useNamedOptions } from './entity-options';
import { FailoverTwinButton } from './failover-twin-button';
import { freeBlockForSubnet } from './free-block';
import { SubnetDemandSummary } from './subnet-demand-summary';

const knownDelegations = [DELEGATION_ENTERPRISE_POLICIES, DELEGATION_VNET_ACCESS_LINKS];

/** Fields of a subnet: prefix, delegations, attached NAT gateway / NSG / route table, occupants. */
export function SubnetInspector({ id }: { id: string }) {
  const subnet = useEntity('subnets', id);
  const edit = useEntityEdit('subnets', id);
  const focus = useFocus();
  const freeBlock = useStudio((s) => freeBlockForSubnet(s.design, id));
  const vnet = useStudio((s) => (subnet ? s.design.vnets.find((v) => v.id === subnet.vnetId) : undefined));
  const policies = useStudio((s) => s.design.policies);
  const usedBy = useMemo(() => policies.filter((p) => p.subnetIds.includes(id)), [policies, id]);
  const nats = useNamedOptions('natGateways');
  const nsgs = useNamedOptions('nsgs');
  const routeTables = useNamedOptions('routeTables');
  if (!subnet) return null;
  const powerPlatform = subnet.delegations.includes(DELEGATION_ENTERPRISE_POLICIES);
  const onlyPolicy = usedBy.length === 1 ? usedBy[0] : undefined;
  const geography = onlyPolicy ? findGeography(onlyPolicy.location) : undefined;
  // A twin exists only in paired geographies, for a policy still missing its second subnet.
  const canTwin = onlyPolicy?.subnetIds.length === 1 && geography !== undefined && isPaired(geography);
  const length = /\/(\d+)/.exec(freeBlock ?? '')?.[1];
  return (
    <div className="space-y-3">
      <TextField label="Name" value={subnet.name} onChange={(name) => edit({ name }, 'name')} />
      <p className="text-sm">
        <span className="text-xs font-medium text-slate-600 dark:text-slate-300">Virtual network: </span>
        {vnet ? (
          <button type="button" className={linkButtonClass} onClick={() => focus([vnet.id])}>
            {vnet.name || vnet.id}
          </button>
        ) : (
          <span className="text-red-700 dark:text-red-300">{subnet.vnetId} (missing)</span>
        )}
      </p>
      <CidrInput
        label="Address prefix"
        value={subnet.prefix}
        onChange={(prefix) => edit({ prefix }, 'prefix')}
        freeBlock={freeBlock}
        freeBlockLabel={`Next free /${length ?? 24}`}
        hint={describePrefix(subnet.prefix)}
      />
      <SubnetDemandSummary id={id} />
      <CheckboxField
        label="Delegated to Power Platform"
        checked={powerPlatform}
        hint={DELEGATION_ENTERPRISE_POLICIES}
        onChange={(on) =>
          edit((s) => ({
            ...s,
            delegations: on
              ? [...s.delegations, DELEGATION_ENTERPRISE_POLICIES]
              : s.delegations.filter((d) => d !== DELEGATION_ENTERPRISE_POLICIES),
          }))
        }
      />
      <StringListEditor
        title="Delegations"
        itemLabel="Delegation"
        kind="text"
        items={subnet.delegations}
        suggestions={knownDelegations}
        newItem={() => (powerPlatform ? DELEGATION_VNET_ACCESS_LINKS : DELEGATION_ENTERPRISE_POLICIES)}
        emptyText="Not delegated."
        onChange={(delegations, i) => edit({ delegations }, i === undefined ? undefined : `delegations.${i}`)}
      />
      {powerPlatform ? (
        <div className="space-y-2">
          <p className={hintClass}>
            {usedBy.length === 0
              ? 'No enterprise policy references this subnet yet.'
              : `Used by ${usedBy.map((p) => p.name || p.id).join(', ')}.`}
          </p>
          {canTwin ? <FailoverTwinButton target={id} /> : null}
        </div>
      ) : null}
      <SelectField
        label="NAT gateway"
        value={subnet.natGatewayId ?? ''}
        emptyLabel="None"
        options={nats}
        onChange={(v) => edit((s) => withOptional(s, 'natGatewayId', v))}
      />
      <SelectField
        label="Network security group"
        value={subnet.nsgId ?? ''}
        emptyLabel="None"
        options={nsgs}
        onChange={(v) => edit((s) => withOptional(s, 'nsgId', v))}
      />
      <SelectField
        label="Route table"
        value={subnet.routeTableId ?? ''}
        emptyLabel="None"
        options={routeTables}
        onChange={(v) => edit((s) => withOptional(s, 'routeTableId', v))}
      />
      <ObjectListEditor<Occupant>
        title="Other occupants"
        itemLabel="Occupant"
        items={subnet.occupants}
        emptyText={
          powerPlatform
            ? 'None: a Power Platform subnet is dedicated.'
            : 'No private endpoints, VMs or gateways.'
        }
        newItem={(list) => ({ kind: 'PrivateEndpoint', name: `pe-${list.length + 1}`, count: 1 })}
        itemTitle={(o, i) => o.name || `Occupant ${i + 1}`}
        onChange={(occupants, key) => edit({ occupants }, key === undefined ? undefined : `occupants.${key}`)}
        renderItem={(o, update) => (
          <div className="grid grid-cols-2 gap-2">
            <SelectField
              label="Kind"
              value={o.kind}
              options={occupantKinds.map((k) => ({ value: k, label: k }))}
              onChange={(kind) => update({ kind: kind as Occupant['kind'] })}
            />
            <NumberField
              label="Addresses"
              value={o.count}
              min={0}
              max={1 << 24}
              onChange={(count) => update({ count }, 'count')}
            />
            <div className="col-span-2">
              <TextField label="Occupant name" value={o.name} onChange={(name) => update({ name }, 'name')} />
            </div>
          </div>
        )}
      />
    </div>
  );
}
