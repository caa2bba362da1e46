/** Small inline icons (decorative: every button using one also has a text or aria-label). */
const common = {
  width: 14,
  height: 14,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export const UpIcon = () => (
  <svg {...common}>
    <path d="M4 10l4-4 4 4" />
  </svg>
);
export const DownIcon = () => (
  <svg {...common}>
    <path d="M4 6l4 4 4-4" />
  </svg>
);
export const RemoveIcon = () => (
  <svg {...common}>
    <path d="M4 4l8 8M12 4l-8 8" />
  </svg>
);
export const PlusIcon = () => (
  <svg {...common}>
    <path d="M8 3v10M3 8h10" />
  </svg>
);
