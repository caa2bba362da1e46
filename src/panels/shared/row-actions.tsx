import { iconButtonClass } from './form-styles';
import { DownIcon, RemoveIcon, UpIcon } from './icons';

export interface RowActionsProps {
  /** What the row is, for the buttons' accessible names ("address prefix 2"). */
  itemName: string;
  index: number;
  count: number;
  onMove?(delta: number): void;
  onRemove(): void;
}

/** Move up / move down / remove buttons of a list row. */
export function RowActions({ itemName, index, count, onMove, onRemove }: RowActionsProps) {
  return (
    <div className="flex shrink-0 items-center">
      {onMove ? (
        <>
          <button
            type="button"
            className={iconButtonClass}
            aria-label={`Move ${itemName} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <UpIcon />
          </button>
          <button
            type="button"
            className={iconButtonClass}
            aria-label={`Move ${itemName} down`}
            title="Move down"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <DownIcon />
          </button>
        </>
      ) : null}
      <button
        type="button"
        className={iconButtonClass}
        aria-label={`Remove ${itemName}`}
        title="Remove"
        onClick={onRemove}
      >
        <RemoveIcon />
      </button>
    </div>
  );
}
