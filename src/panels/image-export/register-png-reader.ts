import { registerDesignFileReader } from '../../app/persistence/open-design-file';
import { pngDesignReader } from './png-design-reader';

let registered = false;

/** Lets the file picker and drops open PNGs exported by the studio (once; later calls do nothing). */
export function registerPngDesignReader(): void {
  if (registered) return;
  registered = true;
  registerDesignFileReader(pngDesignReader);
}
