import { useState } from 'react';
import { addFailoverTwin } from '../../domain/model/operations';
import { useStudioStore } from '../../store/use-studio';
import { errorClass, hintClass, primaryButtonClass } from '../shared/form-styles';

/**
 * "Add failover twin": creates the other region's VNet and delegated subnet of a paired geography and
 * wires it to the policy. `target` is a policy id or the id of its delegated subnet. The reason it cannot
 * be done shows inline.
 */
export function FailoverTwinButton({ target }: { target: string }) {
  const store = useStudioStore();
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <div className="space-y-1">
      <button
        type="button"
        className={primaryButtonClass}
        onClick={() => {
          const { design, apply, notify } = store.getState();
          const result = addFailoverTwin(design, target);
          if (!result.ok) {
            setProblem(result.reason);
            return;
          }
          setProblem(undefined);
          apply(() => result.design);
          const vnet = result.design.vnets.find((v) => v.id === result.vnetId);
          notify(`Added ${vnet?.name ?? result.vnetId} with the secondary delegated subnet.`);
        }}
      >
        Add failover twin
      </button>
      {problem ? (
        <p role="status" className={errorClass}>
          {problem}
        </p>
      ) : (
        <p className={hintClass}>
          Creates the VNet and equal-size delegated subnet in the other region of the pair.
        </p>
      )}
    </div>
  );
}
