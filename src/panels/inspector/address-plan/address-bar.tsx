import type { KeyboardEvent } from 'react';
import { cidrSize } from '../../../domain/ip/cidr';
import type { AddressBlock, PrefixBar } from '../../../domain/ip-plan/address-blocks';
import { formatCount } from '../../shared/format';

/** What a block says about itself: its accessible name and its tooltip. */
export function blockLabel(block: AddressBlock): string {
  const addresses = `${formatCount(cidrSize(block.cidr))} addresses`;
  return block.kind === 'free'
    ? `Free ${block.text}, ${addresses} — add a subnet here`
    : `Subnet ${block.name} ${block.text}, ${addresses} — select it`;
}

const hatch =
  'bg-[repeating-linear-gradient(135deg,#f8fafc_0_5px,#e2e8f0_5px_10px)] text-slate-700 ' +
  'dark:bg-[repeating-linear-gradient(135deg,#0f172a_0_5px,#334155_5px_10px)] dark:text-slate-200';

function blockClass(block: AddressBlock, delegated: boolean, index: number, active: boolean): string {
  const ring = active ? 'z-10 ring-2 ring-inset ring-amber-400' : '';
  if (block.kind === 'free') return `${hatch} ${ring}`;
  // Power Platform subnets purple, others blue; neighbours alternate shades so their edges show.
  const tone = delegated
    ? index % 2 === 0
      ? 'bg-purple-600 dark:bg-purple-500'
      : 'bg-purple-700 dark:bg-purple-400'
    : index % 2 === 0
      ? 'bg-sky-600 dark:bg-sky-500'
      : 'bg-sky-700 dark:bg-sky-400';
  return `${tone} text-white dark:text-slate-950 ${ring}`;
}

/** Arrow keys, Home and End move along the blocks of a bar (one Tab stop per bar). */
function onBarKey(e: KeyboardEvent<HTMLDivElement>) {
  if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : Math.min(buttons.length - 1, Math.max(0, i + (e.key === 'ArrowRight' ? 1 : -1)));
  buttons[next]?.focus();
  e.preventDefault();
}

export interface AddressBarProps {
  bar: PrefixBar;
  /** Subnet ids delegated to Power Platform (drawn purple). */
  delegated: ReadonlySet<string>;
  /** The block (by its text) that hover or focus made current. */
  active: string | undefined;
  onActivate(block: AddressBlock): void;
  onChoose(block: AddressBlock): void;
}

/**
 * One address prefix as a horizontal bar: its subnets to scale in their colour with name and prefix,
 * free blocks hatched with their CIDR. Every block is a button (a click on a free block adds a subnet
 * there, on a subnet selects it); hovering or focusing one makes it current for the details below.
 */
export function AddressBar({ bar, delegated, active, onActivate, onChoose }: AddressBarProps) {
  const total = bar.cidr ? cidrSize(bar.cidr) : 0;
  const current = bar.blocks.some((b) => b.text === active) ? active : bar.blocks[0]?.text;
  return (
    <div
      role="group"
      aria-label={`Address plan of ${bar.prefix}`}
      onKeyDown={onBarKey}
      className="flex h-11 w-full overflow-x-auto rounded-md border border-slate-300 dark:border-slate-600"
    >
      {bar.blocks.map((block, i) => (
        <button
          key={block.text}
          type="button"
          aria-label={blockLabel(block)}
          title={blockLabel(block)}
          data-block={block.kind}
          tabIndex={block.text === current ? 0 : -1}
          onMouseEnter={() => onActivate(block)}
          onFocus={() => onActivate(block)}
          onClick={() => onChoose(block)}
          style={{ flexGrow: cidrSize(block.cidr) / total, flexBasis: 0 }}
          className={`@container relative min-w-3 overflow-hidden border-r border-white/70 px-1 text-left leading-tight last:border-r-0 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-amber-400 dark:border-slate-900/70 ${blockClass(
            block,
            block.kind === 'subnet' && delegated.has(block.subnetId),
            i,
            block.text === active,
          )}`}
        >
          <span aria-hidden="true" className="hidden truncate text-[11px] font-semibold @min-[2.75rem]:block">
            {block.kind === 'subnet' ? block.name : 'Free'}
          </span>
          <span aria-hidden="true" className="hidden truncate font-mono text-[10px] @min-[2.75rem]:block">
            {block.text}
          </span>
        </button>
      ))}
    </div>
  );
}
