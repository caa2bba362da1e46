import { useCallback } from 'react';
import { updateEntity } from '../../domain/model/operations';
import type { EntityCollection, EntityOf } from '../../domain/model/schema';
import { useStudio, useStudioStore } from '../../store/use-studio';

/** One entity of the design; re-renders only when that entity object changes. */
export function useEntity<C extends EntityCollection>(collection: C, id: string): EntityOf<C> | undefined {
  return useStudio((s) => (s.design[collection] as ReadonlyArray<EntityOf<C>>).find((e) => e.id === id));
}

export type EntityPatch<C extends EntityCollection> =
  | Partial<EntityOf<C>>
  | ((entity: EntityOf<C>) => EntityOf<C>);

/**
 * Edits one entity through `updateEntity` as an undoable step. Passing `typingField` marks the edit as
 * typing in that field: consecutive edits of the same field coalesce into one undo step.
 */
export function useEntityEdit<C extends EntityCollection>(collection: C, id: string) {
  const store = useStudioStore();
  return useCallback(
    (patch: EntityPatch<C>, typingField?: string) =>
      store
        .getState()
        .apply(
          (d) => updateEntity(d, collection, id, patch),
          typingField === undefined ? {} : { coalesce: `field:${id}:${typingField}` },
        ),
    [store, collection, id],
  );
}

/** Selects objects and asks the canvas to centre on them. */
export function useFocus() {
  const store = useStudioStore();
  return useCallback((ids: readonly string[]) => store.getState().focus(ids), [store]);
}

/** Sets or clears an optional text field: an empty value removes the key instead of storing ''. */
export function withOptional<T extends object, K extends keyof T>(entity: T, key: K, value: string): T {
  const copy = { ...entity };
  if (value.trim() === '') delete copy[key];
  else (copy as Record<K, unknown>)[key] = value;
  return copy;
}
