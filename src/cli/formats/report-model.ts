import type { Finding } from '../../domain/rules/types';
import type { SourceRegion } from './locate';

/** One design file's validation, as the pipeline formats render it. */
export type FileReport =
  | {
      file: string;
      ok: true;
      designName: string;
      findings: readonly Finding[];
      /** The region of an object in the file (the first object a finding names is its location). */
      locate(objectId: string | undefined): SourceRegion;
    }
  | { file: string; ok: false; message: string };

/** A file name as a SARIF/GitHub path: forward slashes, no leading `./`. */
export function reportPath(file: string): string {
  return file === '-' ? 'stdin' : file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
