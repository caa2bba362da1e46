import { createSubnet } from '../../domain/model/factories';
import { nextId } from '../../domain/model/ids';
import { addEntity, suggestSubnetPrefix } from '../../domain/model/operations';
import { useStudio, useStudioStore } from '../../store/use-studio';
import { buttonClass } from '../shared/form-styles';
import { PlusIcon } from '../shared/icons';

/** Adds a subnet on the VNet's next free /24 (or smaller block when no /24 is left) and selects it. */
export function AddSubnetButton({ vnetId }: { vnetId: string }) {
  const store = useStudioStore();
  const prefix = useStudio((s) => nextFreeBlock(s.design, vnetId));
  return (
    <button
      type="button"
      className={buttonClass}
      disabled={prefix === undefined}
      title={prefix ? `Adds ${prefix}` : 'The address space is full'}
      onClick={() => {
        if (prefix === undefined) return;
        store.getState().apply((d) => {
          const id = nextId(d, 'subnet');
          const layout = d.layout[vnetId];
          const count = d.subnets.filter((s) => s.vnetId === vnetId).length;
          return addEntity(
            d,
            'subnets',
            createSubnet({ id, vnetId, name: `snet-${count + 1}`, prefix }),
            layout ? { x: 20, y: 60 + count * 100 } : undefined,
          );
        });
        const added = store.getState().design.subnets.at(-1);
        if (added) store.getState().focus([added.id]);
      }}
    >
      <PlusIcon /> Add subnet
    </button>
  );
}

function nextFreeBlock(
  design: Parameters<typeof suggestSubnetPrefix>[0],
  vnetId: string,
): string | undefined {
  for (const length of [24, 25, 26, 27, 28, 29]) {
    const p = suggestSubnetPrefix(design, vnetId, length);
    if (p) return p;
  }
  return undefined;
}
