/**
 * The palette's items: one list drives the toolbar buttons, their tooltips and the keyboard shortcuts.
 */
import type { ReactNode } from 'react';
import { type CanvasKind, canvasKinds, type NodeKind, nodeKinds } from '../../canvas/canvas-kinds';
import {
  ConnectIcon,
  FailoverIcon,
  FitViewIcon,
  kindIcons,
  LayoutIcon,
  NextSubnetIcon,
  resourceIcons,
} from '../../canvas/icons';
import type { Design } from '../../domain/model/schema';
import type { StudioStore } from '../../store/studio-store';
import {
  type AddKind,
  type AddResult,
  addNextFreeSubnet,
  addObject,
  addTwin,
  connectSelected,
} from './add-actions';

/** What the palette needs from the canvas. */
export interface PaletteCommands {
  fitView(): void;
  autoLayout(): Promise<void>;
  /** Pans so that the objects are in view (keeps the zoom). */
  reveal(ids: readonly string[]): void;
}

export interface PaletteItem {
  id: string;
  label: string;
  /** The key (lower case) and whether Shift is held; shown in the tooltip. */
  key: string;
  shift?: boolean;
  group: 'objects' | 'resources' | 'helpers';
  icon: ReactNode;
  run(store: StudioStore, commands: PaletteCommands): void;
}

function runAdd(
  store: StudioStore,
  commands: PaletteCommands,
  action: (design: Design, selection: readonly string[]) => AddResult,
) {
  const { design, selection } = store.getState();
  const r = action(design, selection);
  if (!r.ok) {
    store.getState().notify(r.reason, 'error');
    return;
  }
  store.getState().apply(() => r.design, { select: r.select });
  store.getState().notify(r.message);
  commands.reveal(r.select);
}

const add = (kind: AddKind) => (store: StudioStore, commands: PaletteCommands) =>
  runAdd(store, commands, (d, s) => addObject(d, s, kind));

const icon = 'h-5 w-5';
const ResourceIcon = (kind: keyof typeof resourceIcons) => {
  const Icon = resourceIcons[kind];
  return <Icon className={icon} />;
};

/** One button per kind with a palette entry in the canvas's table of kinds, in the registry's order. */
const objectItems: PaletteItem[] = nodeKinds.flatMap((kind) => {
  const entry = (canvasKinds as Record<NodeKind, CanvasKind>)[kind].palette;
  if (!entry || kind === 'resource') return [];
  const Icon = kindIcons[kind];
  return [{ ...entry, group: 'objects' as const, icon: <Icon className={icon} />, run: add(kind) }];
});

export const paletteItems: readonly PaletteItem[] = [
  ...objectItems,
  {
    id: 'sql',
    label: 'Add Azure SQL',
    key: 'q',
    group: 'resources',
    icon: ResourceIcon('Sql'),
    run: add('resource:Sql'),
  },
  {
    id: 'storage',
    label: 'Add storage account',
    key: 't',
    group: 'resources',
    icon: ResourceIcon('Storage'),
    run: add('resource:Storage'),
  },
  {
    id: 'key-vault',
    label: 'Add key vault',
    key: 'k',
    group: 'resources',
    icon: ResourceIcon('KeyVault'),
    run: add('resource:KeyVault'),
  },
  {
    id: 'api',
    label: 'Add API',
    key: 'a',
    group: 'resources',
    icon: ResourceIcon('Api'),
    run: add('resource:Api'),
  },
  {
    id: 'on-premises',
    label: 'Add on-premises network',
    key: 'o',
    group: 'resources',
    icon: ResourceIcon('OnPremises'),
    run: add('resource:OnPremises'),
  },
  {
    id: 'connect',
    label: 'Connect the two selected objects',
    key: 'c',
    group: 'helpers',
    icon: <ConnectIcon className={icon} />,
    run: (store, commands) => runAdd(store, commands, connectSelected),
  },
  {
    id: 'twin',
    label: 'Add failover twin',
    key: 'w',
    group: 'helpers',
    icon: <FailoverIcon className={icon} />,
    run: (store, commands) => runAdd(store, commands, addTwin),
  },
  {
    id: 'next-subnet',
    label: 'Next free subnet',
    key: 's',
    shift: true,
    group: 'helpers',
    icon: <NextSubnetIcon className={icon} />,
    run: (store, commands) => runAdd(store, commands, addNextFreeSubnet),
  },
  {
    id: 'layout',
    label: 'Auto-layout',
    key: 'l',
    group: 'helpers',
    icon: <LayoutIcon className={icon} />,
    run: (_store, commands) => void commands.autoLayout(),
  },
  {
    id: 'fit',
    label: 'Fit view',
    key: 'f',
    group: 'helpers',
    icon: <FitViewIcon className={icon} />,
    run: (_store, commands) => commands.fitView(),
  },
];

/** "Shift+S", "V": the shortcut as shown to people and in aria-keyshortcuts. */
export const shortcutLabel = (item: PaletteItem) => `${item.shift ? 'Shift+' : ''}${item.key.toUpperCase()}`;
