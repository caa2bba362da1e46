import { nextSubnetSpot } from '../../../canvas/placement';
import { createSubnet } from '../../../domain/model/factories';
import { nextId } from '../../../domain/model/ids';
import { kinds } from '../../../domain/model/kinds';
import { defaultSubnetName } from '../../../domain/model/naming';
import { addEntity } from '../../../domain/model/operations';
import { DELEGATION_ENTERPRISE_POLICIES, type Design } from '../../../domain/model/schema';
import type { AddResult } from '../../palette/add-actions';

/**
 * Adds a subnet with the given prefix to a VNet (a free block of its address plan), named and placed as
 * the palette does; `delegated` delegates it to Power Platform. The VNet stays selected, so the plan stays
 * in view for the next block.
 */
export function addSubnetAt(
  design: Design,
  vnetId: string,
  prefix: string,
  options: { delegated?: boolean } = {},
): AddResult {
  const vnet = design.vnets.find((v) => v.id === vnetId);
  if (!vnet) return { ok: false, reason: 'That VNet is no longer in the design.' };
  const id = nextId(design, kinds.subnet.idPrefix);
  const name = defaultSubnetName(design, vnet.id);
  const subnet = createSubnet({
    id,
    vnetId: vnet.id,
    name,
    prefix,
    ...(options.delegated ? { delegations: [DELEGATION_ENTERPRISE_POLICIES] } : {}),
  });
  return {
    ok: true,
    design: addEntity(design, 'subnets', subnet, nextSubnetSpot(design, vnet.id)),
    select: [vnet.id],
    message: `Added ${name} at ${prefix}.`,
  };
}
