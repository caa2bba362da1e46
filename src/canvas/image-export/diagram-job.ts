/** One diagram drawing, as a message a worker can take and answer (plain data both ways). */
import type { Design } from '../../domain/model/schema';
import type { ImageScheme } from './compose-svg';
import { type DiagramSvg, renderDiagramSvg } from './render-diagram';

export interface DiagramJob {
  id: number;
  design: Design;
  selection?: readonly string[];
  scheme: ImageScheme;
}

export type DiagramJobResult =
  | { id: number; ok: true; drawn: DiagramSvg }
  | { id: number; ok: false; message: string };

export function runDiagramJob(job: DiagramJob): DiagramJobResult {
  try {
    const drawn = renderDiagramSvg({
      design: job.design,
      scheme: job.scheme,
      ...(job.selection ? { selection: job.selection } : {}),
    });
    return { id: job.id, ok: true, drawn };
  } catch (e) {
    return { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
