import { useState } from 'react';
import { useStudioStore } from '../../store/use-studio';
import { addTwin } from '../palette/add-actions';
import { errorClass, hintClass, primaryButtonClass } from '../shared/form-styles';

/**
 * "Add failover twin": creates the other region's VNet and delegated subnet of a paired geography and
 * wires it to the policy (the palette's command, on this object). `target` is a policy id or the id of
 * its delegated subnet. The reason it cannot be done shows inline.
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
          const result = addTwin(design, [target]);
          if (!result.ok) {
            setProblem(result.reason);
            return;
          }
          setProblem(undefined);
          // The selection stays on this object so that its inspector shows the new secondary subnet.
          apply(() => result.design);
          notify(result.message);
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
