import { useMemo } from 'react';
import type { EntityCollection } from '../../domain/model/kinds';
import type { Design } from '../../domain/model/schema';
import { DELEGATION_ENTERPRISE_POLICIES } from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import type { SelectOption } from '../shared/select-field';

const named = (list: ReadonlyArray<{ id: string; name: string }>): SelectOption[] =>
  list.map((e) => ({ value: e.id, label: e.name || e.id }));

/** Subnets labelled "vnet / subnet (prefix)", Power Platform delegated ones marked. */
export function subnetOptions(design: Pick<Design, 'subnets' | 'vnets'>): SelectOption[] {
  const vnetName = new Map(design.vnets.map((v) => [v.id, v.name]));
  return design.subnets.map((s) => ({
    value: s.id,
    label: `${vnetName.get(s.vnetId) ?? s.vnetId} / ${s.name || s.id} (${s.prefix})${
      s.delegations.includes(DELEGATION_ENTERPRISE_POLICIES) ? ' · delegated' : ''
    }`,
  }));
}

/** Options naming the entities of one collection (re-computed only when the collection changes). */
export function useNamedOptions(key: Exclude<EntityCollection, 'subnets' | 'peerings'>): SelectOption[] {
  const list = useStudio((s) => s.design[key]);
  return useMemo(() => named(list), [list]);
}

export function useSubnetOptions(): SelectOption[] {
  const subnets = useStudio((s) => s.design.subnets);
  const vnets = useStudio((s) => s.design.vnets);
  return useMemo(() => subnetOptions({ subnets, vnets }), [subnets, vnets]);
}
