/**
 * The page's first stop for keyboard users: a link, shown when focused, that moves the focus to the
 * canvas (the selected object, else the first one; the palette on an empty canvas).
 */
export function SkipToCanvas() {
  return (
    <a
      href="#canvas"
      onClick={(e) => {
        e.preventDefault();
        const target =
          document.querySelector<HTMLElement>('.react-flow__node.selected') ??
          document.querySelector<HTMLElement>('.react-flow__node') ??
          document.querySelector<HTMLElement>('[role="toolbar"][aria-label="Palette"] button');
        target?.focus();
      }}
      className="sr-only z-50 rounded bg-sky-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      Skip to the canvas
    </a>
  );
}
