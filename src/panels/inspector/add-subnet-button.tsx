import { useStudioStore } from '../../store/use-studio';
import { addSubnet } from '../palette/add-actions';
import { buttonClass } from '../shared/form-styles';
import { PlusIcon } from '../shared/icons';

/**
 * Adds a subnet to this VNet at its lowest free /24 (or a smaller block when no /24 is left), placed and
 * named as the palette does, and selects it. When the VNet is full the reason shows in the message line.
 */
export function AddSubnetButton({ vnetId }: { vnetId: string }) {
  const store = useStudioStore();
  return (
    <button
      type="button"
      className={buttonClass}
      onClick={() => {
        const { design, apply, notify } = store.getState();
        const result = addSubnet(design, [vnetId], 24);
        if (!result.ok) {
          notify(result.reason, 'error');
          return;
        }
        apply(() => result.design, { select: result.select });
        notify(result.message);
      }}
    >
      <PlusIcon /> Add subnet
    </button>
  );
}
