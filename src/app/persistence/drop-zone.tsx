import { useEffect, useState } from 'react';
import { isImportDrop, requestImport } from '../../panels/import/import-request';
import { applyOpenResult } from './open-design';
import { openDroppedDesign } from './open-design-file';
import { usePersistence } from './persistence-context';

/** Text dragged into a text field is that field's business, not a design to open. */
function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName))
  );
}

/**
 * Drags this zone answers: files anywhere (a file dropped on a text field would otherwise make the
 * browser leave the studio to show it), and links dragged from another page outside text fields.
 */
function answers(e: DragEvent): boolean {
  const types = Array.from(e.dataTransfer?.types ?? []);
  return types.includes('Files') || (types.includes('text/uri-list') && !isEditable(e.target));
}

/**
 * Dropping a design file (or a share link) anywhere on the studio opens it as its own design; Azure and
 * Terraform files (or several files) open the Import dialog with them. While a
 * file is dragged over the page, an overlay says what a drop will do.
 */
export function DropZone() {
  const persistence = usePersistence();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth count tells when the drag left the page.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!answers(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!answers(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      const data = e.dataTransfer;
      if (!data || !answers(e)) return;
      e.preventDefault();
      const files = Array.from(data.files);
      // Azure and Terraform files (or several at once) go to the Import dialog; a design opens.
      void isImportDrop(files).then(async (toImport) => {
        if (toImport) return requestImport(files);
        const result = await openDroppedDesign(data);
        if (result) applyOpenResult(persistence, result, 'The dropped item');
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [persistence]);
  if (!dragging) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-2 z-[60] flex items-center justify-center rounded-lg border-2 border-dashed border-sky-600 bg-sky-50/80 text-base font-medium text-sky-900 dark:bg-slate-900/80 dark:text-sky-200"
    >
      Drop a design file to open it as a new design, or Azure and Terraform files to import them
    </div>
  );
}
