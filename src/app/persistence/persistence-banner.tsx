import { usePersistence, usePersistenceState } from './persistence-context';
import type { PersistenceState } from './studio-persistence';

const selectAlerts = (s: PersistenceState) => s.alerts;
const selectStatus = (s: PersistenceState) => s.status;
const selectDismissed = (s: PersistenceState) => s.storageWarningDismissed;

const dismissButton =
  'shrink-0 rounded px-1.5 text-lg leading-none opacity-70 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-current';

/**
 * Messages under the header: a link or file that could not be opened, local designs that could not be
 * read, and the warning that changes are not being saved. Every text is rendered as text.
 */
export function PersistenceBanner() {
  const persistence = usePersistence();
  const alerts = usePersistenceState(selectAlerts);
  const status = usePersistenceState(selectStatus);
  const dismissed = usePersistenceState(selectDismissed);
  const storageWarning = status.state === 'unavailable' && !dismissed ? status.reason : undefined;
  if (alerts.length === 0 && !storageWarning) return null;
  return (
    <div className="flex shrink-0 flex-col">
      {storageWarning ? (
        <div
          role="alert"
          className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <span aria-hidden="true">⚠</span>
          <p className="min-w-0 flex-1">
            <strong className="font-semibold">Changes are not being saved: {storageWarning}</strong> The
            studio keeps working; use Save to keep a file of your design.
          </p>
          <button
            type="button"
            className={dismissButton}
            aria-label="Dismiss storage warning"
            onClick={() => persistence.dismissStorageWarning()}
          >
            ×
          </button>
        </div>
      ) : null}
      {alerts.map((alert) => (
        <div
          key={alert.id}
          role="alert"
          aria-label={alert.title}
          className="flex items-start gap-3 border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <span aria-hidden="true" className="font-bold">
            !
          </span>
          <div className="min-w-0 flex-1">
            <p className="font-semibold">{alert.title}</p>
            <p className="max-h-32 overflow-auto break-words whitespace-pre-line">{alert.message}</p>
          </div>
          <button
            type="button"
            className={dismissButton}
            aria-label={`Dismiss “${alert.title}”`}
            onClick={() => persistence.dismissAlert(alert.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
