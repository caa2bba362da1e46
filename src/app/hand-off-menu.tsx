/**
 * The hand-off buttons (Export, Image, IP plan, Report). Where the header is wide they sit in it; where
 * it is narrow (below 1280 px) a "More" button shows them in a menu, so nothing is clipped and the page
 * never scrolls sideways. The menu stays open while one of its dialogs is open (the dialogs live inside
 * it), and closes on a click elsewhere or on "More" again.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ExportButton } from '../panels/export/export-button';
import { ImageExportButton } from '../panels/image-export/image-export-button';
import { IpPlanButton } from '../panels/ip-plan/ip-plan-button';
import { ReportButton } from '../panels/report/report-button';
import { actionButton } from '../panels/shared/form-styles';

export function HandOffMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  return (
    <div ref={ref} className="relative flex items-center">
      <button
        type="button"
        className={`${actionButton} xl:hidden`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        More
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      <div
        id={id}
        role="group"
        aria-label="Hand-offs"
        className={`${
          open ? 'flex' : 'hidden'
        } absolute top-full right-0 z-40 mt-1 flex-col items-stretch gap-0.5 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900 xl:static xl:mt-0 xl:flex xl:flex-row xl:items-center xl:gap-1 xl:border-0 xl:bg-transparent xl:p-0 xl:shadow-none dark:xl:bg-transparent`}
      >
        <ExportButton />
        <ImageExportButton />
        <IpPlanButton />
        <ReportButton />
      </div>
    </div>
  );
}
