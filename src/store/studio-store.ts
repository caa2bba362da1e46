/**
 * The studio's state: the design (immutable; every edit is a domain operation Design → Design), the
 * selection, undo/redo history and a transient notice. A vanilla zustand store, testable in Node; React
 * binds to it in `use-studio.ts`.
 */
import { createStore } from 'zustand/vanilla';
import { collectIds } from '../domain/model/ids';
import {
  copyEntities,
  type DesignFragment,
  describeRemoval,
  describeStep,
  pasteEntities,
  removeEntities,
} from '../domain/model/operations';
import { type Design, entityCollections } from '../domain/model/schema';
import type { Finding } from '../domain/rules/types';

/** How far each paste of the same copy moves from the one before. */
export const PASTE_STEP = 40;

/** Undo keeps at least this many steps. */
export const HISTORY_LIMIT = 200;

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Increments so that repeating the same text still re-announces it. */
  seq: number;
}

export interface ApplyOptions {
  /**
   * Consecutive edits with the same key merge into one undo step (a drag, typing in one field).
   */
  coalesce?: string;
  /** Selection after the edit. */
  select?: string[];
}

/**
 * Paths for connections laid out with their objects (auto-layout's routes around objects), by edge id,
 * for one exact layout: they are drawn only while the design's layout is that very object (an undo
 * and redo of the layout brings them back; any move retires them).
 */
export interface EdgeRoutes {
  layout: Design['layout'];
  byEdge: Readonly<
    Record<string, { points: ReadonlyArray<{ x: number; y: number }>; label: { x: number; y: number } }>
  >;
}

export interface StudioState {
  design: Design;
  selection: string[];
  past: Design[];
  future: Design[];
  /** Key of the last coalescing edit, so the next one with the same key merges. */
  lastCoalesce: string | undefined;
  clipboard: DesignFragment | undefined;
  /** Pastes of the current clipboard so far: each lands one step further, so pastes cascade. */
  pastes: number;
  notice: Notice | undefined;
  /**
   * The latest findings computed in the background for a large design (`background-analysis.ts`), with
   * the design they are for; derived data, not part of the history.
   */
  analysis: { design: Design; findings: Finding[] } | undefined;
  /** A request for the canvas to centre on objects (e.g. a clicked finding); `seq` makes repeats count. */
  focusRequest: { ids: string[]; seq: number } | undefined;
  /**
   * Objects shown as context of the selection (the rest of a clicked finding's chain): highlighted on
   * the canvas, not selected. Any other change of the selection clears it.
   */
  context: string[];
  /** Routes computed for the current layout, if any (see `EdgeRoutes`). */
  routes: EdgeRoutes | undefined;
  /** Counts requests to show the inspector (Enter on a canvas object); the side panel follows it. */
  inspectRequest: number;
  /** Asks the side panel to show the inspector. */
  inspect(): void;
  /**
   * Selects objects and asks the canvas to centre on them and on `context`, which is highlighted
   * without being selected.
   */
  focus(ids: readonly string[], context?: readonly string[]): void;
  /** Applies a domain operation as one undoable step. No-op when the design object is unchanged. */
  apply(operation: (design: Design) => Design, options?: ApplyOptions): void;
  /** Opens another design (new history). */
  openDesign(design: Design): void;
  undo(): void;
  redo(): void;
  select(ids: readonly string[]): void;
  toggleSelected(id: string): void;
  copySelection(): void;
  cutSelection(): void;
  paste(): void;
  deleteSelection(): void;
  notify(text: string, kind?: Notice['kind']): void;
  dismissNotice(): void;
}

export type StudioStore = ReturnType<typeof createStudioStore>;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export interface StudioStoreOptions {
  /**
   * Runs after every edit that moves, adds or removes objects, with the design before and after it; what
   * it returns becomes the edit's result (so it is undone with it). The canvas makes room here.
   */
  settle?: (before: Design, after: Design) => Design;
  /**
   * Places the objects a paste added (their ids) before the edit settles: the canvas moves the pasted group
   * off what it would cover, so the paste is what moves and the original never does.
   */
  placePasted?: (design: Design, ids: readonly string[]) => Design;
}

/** Whether an edit can change where objects are drawn (positions, sizes, objects added or removed). */
function movesObjects(before: Design, after: Design): boolean {
  return (
    before.layout !== after.layout || entityCollections.some((c) => before[c].length !== after[c].length)
  );
}

export function createStudioStore(initial: Design, options: StudioStoreOptions = {}) {
  const { settle, placePasted } = options;
  return createStore<StudioState>()((set, get) => ({
    design: initial,
    selection: [],
    past: [],
    future: [],
    lastCoalesce: undefined,
    clipboard: undefined,
    pastes: 0,
    notice: undefined,
    focusRequest: undefined,
    context: [],
    inspectRequest: 0,
    analysis: undefined,
    routes: undefined,

    inspect() {
      set({ inspectRequest: get().inspectRequest + 1 });
    },

    focus(ids, context = []) {
      get().select(ids);
      const wanted = new Set(ids);
      const rest = [...new Set(context)].filter((id) => !wanted.has(id));
      set({
        context: rest,
        focusRequest: { ids: [...ids, ...rest], seq: (get().focusRequest?.seq ?? 0) + 1 },
      });
    },

    apply(operation, options = {}) {
      const { design, past, lastCoalesce, selection } = get();
      const edited = operation(design);
      if (edited === design) return;
      const next = settle && movesObjects(design, edited) ? settle(design, edited) : edited;
      const merge = options.coalesce !== undefined && options.coalesce === lastCoalesce && past.length > 0;
      const history = merge ? past : [...past, design].slice(-HISTORY_LIMIT);
      // Objects that no longer exist leave the selection.
      const nextSelection = alive(next, options.select ?? selection);
      set({
        design: next,
        past: history,
        future: [],
        lastCoalesce: options.coalesce,
        selection: sameIds(nextSelection, selection) ? selection : nextSelection,
      });
    },

    openDesign(design) {
      set({ design, past: [], future: [], selection: [], context: [], lastCoalesce: undefined });
    },

    undo() {
      const { past, design, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({
        design: previous,
        past: past.slice(0, -1),
        future: [design, ...future],
        lastCoalesce: undefined,
        selection: alive(previous, get().selection),
      });
      get().notify(`Undid ${describeStep(previous, design)}.`);
    },

    redo() {
      const { past, design, future } = get();
      const next = future[0];
      if (!next) return;
      set({
        design: next,
        past: [...past, design],
        future: future.slice(1),
        lastCoalesce: undefined,
        selection: alive(next, get().selection),
      });
      get().notify(`Redid ${describeStep(design, next)}.`);
    },

    select(ids) {
      if (sameIds(ids, get().selection)) return;
      set({ selection: [...ids], lastCoalesce: undefined, context: [] });
    },

    toggleSelected(id) {
      const { selection } = get();
      set({
        selection: selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id],
        context: [],
      });
    },

    copySelection() {
      const { design, selection } = get();
      if (selection.length === 0) return;
      set({ clipboard: copyEntities(design, selection), pastes: 0 });
      get().notify(`Copied ${selection.length} object${selection.length === 1 ? '' : 's'}.`);
    },

    cutSelection() {
      get().copySelection();
      get().deleteSelection();
    },

    paste() {
      const { clipboard, pastes } = get();
      if (!clipboard) return;
      let pastedIds: string[] = [];
      // Each paste of the same copy lands 40 px further down and right than the one before.
      const step = PASTE_STEP * (pastes + 1);
      get().apply((d) => {
        const r = pasteEntities(d, clipboard, { x: step, y: step });
        pastedIds = r.ids;
        return placePasted ? placePasted(r.design, r.ids) : r.design;
      });
      set({ selection: pastedIds, pastes: pastes + 1 });
    },

    deleteSelection() {
      const { selection, design } = get();
      if (selection.length === 0) return;
      get().apply((d) => removeEntities(d, selection), { select: [] });
      get().notify(`Deleted ${describeRemoval(design, selection)}.`);
    },

    notify(text, kind = 'info') {
      set({ notice: { text, kind, seq: (get().notice?.seq ?? 0) + 1 } });
    },

    dismissNotice() {
      set({ notice: undefined });
    },
  }));
}

/** The ids that still name objects of the design. */
function alive(design: Design, ids: readonly string[]): string[] {
  if (ids.length === 0) return ids as string[];
  const all = collectIds(design);
  return ids.filter((id) => all.has(id));
}
