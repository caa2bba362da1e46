/**
 * Functions that run inside the page (passed to Playwright's `addInitScript` / `evaluate`, so each one
 * must be self-contained). All times are `performance.now()` in the page: milliseconds since navigation
 * start, on the page's own clock.
 */

export interface FirstRenderProbe {
  done: boolean;
  /** The mutation after which the canvas held its final set of nodes, all visible. */
  nodesAt: number;
  /** Nodes on the canvas now (React Flow draws only those in view on large designs). */
  count: number;
  /** The most recent mutation of the canvas' nodes. */
  lastChange: number;
  /** Long tasks seen since navigation, as [start, end]. */
  longTasks: Array<[number, number]>;
}

declare global {
  var __benchFirstRender: FirstRenderProbe | undefined;
}

/**
 * Init script: records when the canvas' nodes stop changing. On a large design React Flow draws only
 * the nodes in view, so the final count is not known in advance: every change of the node count or of
 * a node's visibility is noted, and the first render is the change after which the canvas held its
 * final nodes, all visible. `finish()` (called once the canvas has been quiet for a while) fills in
 * `nodesAt` and `frameAt`.
 */
export function installFirstRenderProbe(): void {
  const state: FirstRenderProbe = {
    done: false,
    nodesAt: Number.NaN,
    count: 0,
    lastChange: Number.NaN,
    longTasks: [],
  };
  globalThis.__benchFirstRender = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing: "settled" stays unknown.
  }
  const nodes = document.getElementsByClassName('react-flow__node');
  /** [time, node count, some node still hidden] at each change. */
  const changes: Array<[number, number, boolean]> = [];
  const observer = new MutationObserver(() => {
    const count = nodes.length;
    const hidden = count > 0 && document.querySelector('.react-flow__node[style*="hidden"]') !== null;
    const last = changes[changes.length - 1];
    if (last && last[1] === count && last[2] === hidden) return;
    const now = performance.now();
    changes.push([now, count, hidden]);
    state.count = count;
    state.lastChange = now;
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style'],
  });
  (globalThis as unknown as { __benchFinish: () => void }).__benchFinish = () => {
    observer.disconnect();
    const final = changes[changes.length - 1];
    let at = final;
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i];
      if (!c || !final || c[1] !== final[1] || c[2]) break;
      at = c;
    }
    state.nodesAt = at && !at[2] ? at[0] : Number.NaN;
    requestAnimationFrame(() => {
      state.done = true;
    });
  };
}

export interface EditSample {
  /** The input event's synchronous work (store update, validation, React render). */
  sync: number;
  /** Input event → the mutation of the findings tab's counts. */
  findings: number;
  /** Input event → the next animation frame. */
  frame: number;
  direction: 'add' | 'remove';
}

/**
 * Alternates the edited input between `changed` (adds a finding) and `original` (removes it) and times
 * each edit to the findings tab update. Throws when an edit does not change the findings count.
 */
export async function measureEdits(args: {
  original: string;
  changed: string;
  repeats: number;
  pauseMs: number;
}): Promise<EditSample[]> {
  const input = document.querySelector<HTMLInputElement>('[data-bench="edited-input"]');
  const tab = document.getElementById('tab-findings');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !tab || !setValue) throw new Error('The edited input or the findings tab is missing.');
  const out: EditSample[] = [];
  for (let i = 0; i < 2 * args.repeats; i++) {
    const direction = i % 2 === 0 ? 'add' : 'remove';
    const before = tab.textContent;
    let resolveMutation: (t: number) => void = () => {};
    const mutated = new Promise<number>((resolve) => {
      resolveMutation = resolve;
    });
    const observer = new MutationObserver(() => resolveMutation(performance.now()));
    observer.observe(tab, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    setValue.call(input, direction === 'add' ? args.changed : args.original);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = performance.now();
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 5000));
    const tm = await Promise.race([mutated, timeout]);
    observer.disconnect();
    if (Number.isNaN(tm) || tab.textContent === before)
      throw new Error(`Edit ${i} (${direction}) did not change the findings count "${before}".`);
    await new Promise((r) => requestAnimationFrame(r));
    out.push({ sync: t1 - t0, findings: tm - t0, frame: performance.now() - t0, direction });
    await new Promise((r) => setTimeout(r, args.pauseMs));
  }
  return out;
}

/** Starts recording animation frame intervals and long tasks; `stop` returns them. */
export function startFrameRecorder(): void {
  const frames: number[] = [];
  const longTasks: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (t: number) => {
    frames.push(t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
  const po = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  try {
    po.observe({ type: 'longtask', buffered: false });
  } catch {
    // Long task timing is not supported: frames alone.
  }
  (
    globalThis as unknown as { __benchFrames: () => { frames: number[]; longTasks: number[] } }
  ).__benchFrames = () => {
    running = false;
    po.disconnect();
    return { frames, longTasks };
  };
}
