import { useMemo } from 'react';

/** A per-node selector built once from a module-scope selector factory. */
export function useSelector<T>(factory: (id: string) => T, id: string): T {
  return useMemo(() => factory(id), [factory, id]);
}
