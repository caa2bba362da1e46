import { useEffect, useState } from 'react';
import type { Design } from '../../domain/model/schema';
import { runInBackground } from './export-runner';
import {
  cachedExportView,
  type ExportRequest,
  type ExportView,
  exportView,
  rememberExportView,
} from './export-view';

/** Designs above this many subnets and VNets are exported in the worker. */
const LARGE_DESIGN = 400;
const isLarge = (design: Design) => design.subnets.length + design.vnets.length > LARGE_DESIGN;

/**
 * The export view of a request. A small design is exported at once; a large one in the export worker,
 * while the previous view stays shown (`pending`), so the page never stops responding.
 */
export function useExportView(
  design: Design,
  request: ExportRequest,
): { view: ExportView | undefined; pending: boolean } {
  const large = isLarge(design);
  const ready = large ? cachedExportView(design, request) : exportView(design, request);
  const [shown, setShown] = useState<ExportView>();
  const { tab, contents, selection, scope } = request;

  useEffect(() => {
    if (!large) return;
    const request = { tab, contents, selection, scope };
    const hit = cachedExportView(design, request);
    if (hit) {
      setShown(hit);
      return;
    }
    let current = true;
    void runInBackground({ kind: 'view', design, request }).then((result) => {
      if (result.kind !== 'view') return;
      rememberExportView(design, request, result.view);
      if (current) setShown(result.view);
    });
    return () => {
      current = false;
    };
  }, [large, design, tab, contents, selection, scope]);

  return ready ? { view: ready, pending: false } : { view: shown, pending: true };
}
