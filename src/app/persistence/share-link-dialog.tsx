import { useEffect, useRef } from 'react';
import { dialogFrame, primaryButton, secondaryButton } from '../../panels/shared/form-styles';

/** Why the link was not copied: too long to travel intact, or the browser refused to copy. */
export type ShareProblem =
  | { kind: 'too-long'; message: string }
  | { kind: 'copy-failed'; message: string; url: string };

/**
 * Explains a link that was not handed out. A link too long to survive chats and tickets is never
 * offered (a cut link opens nothing); the design file is offered instead. When only the copying failed,
 * the link is shown selected so it can be copied by hand.
 */
export function ShareLinkDialog({
  problem,
  onSaveFile,
  onClose,
}: {
  problem: ShareProblem | undefined;
  onSaveFile(): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (problem && !element.open) element.showModal();
    if (!problem && element.open) element.close();
    if (problem?.kind === 'copy-failed') field.current?.select();
  }, [problem]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="share-link-title"
      aria-describedby="share-link-message"
      className={dialogFrame}
      onClose={onClose}
    >
      {problem ? (
        <div className="flex flex-col gap-3 p-4">
          <h2 id="share-link-title" className="text-base font-semibold">
            {problem.kind === 'too-long'
              ? 'This design is too large for a link'
              : 'The link could not be copied'}
          </h2>
          <p id="share-link-message" className="text-sm">
            {problem.message}
          </p>
          {problem.kind === 'copy-failed' ? (
            <input
              ref={field}
              readOnly
              aria-label="Share link"
              value={problem.url}
              className="h-8 w-full rounded border border-slate-300 bg-slate-50 px-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
            />
          ) : null}
          <div className="flex justify-end gap-2">
            {problem.kind === 'too-long' ? (
              <button
                type="button"
                className={primaryButton}
                onClick={() => {
                  onSaveFile();
                  onClose();
                }}
              >
                Save file
              </button>
            ) : null}
            <button type="button" className={secondaryButton} onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
