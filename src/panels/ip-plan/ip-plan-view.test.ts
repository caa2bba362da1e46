import { describe, expect, it } from 'vitest';
import { createSubnet } from '../../domain/model/factories';
import { hubAndSpoke } from '../../domain/samples/hub-and-spoke';
import { moveCell } from './grid-keys';
import { ipPlanView, nextSort } from './ip-plan-view';

const design = (() => {
  const base = hubAndSpoke();
  return {
    ...base,
    subnets: [
      ...base.subnets,
      createSubnet({ id: 'snet-10', vnetId: 'vnet-hub', name: 'snet-10', prefix: '10.0.10.0/24' }),
      createSubnet({ id: 'snet-2', vnetId: 'vnet-hub', name: 'snet-2', prefix: '10.0.2.0/24' }),
    ],
  };
})();

describe('ipPlanView', () => {
  it('shows one row per subnet with the table columns; free blocks add rows and a Kind column', () => {
    const view = ipPlanView(design, { filter: '', sort: undefined, includeFree: false });
    expect(view.rows).toHaveLength(design.subnets.length);
    expect(view.total).toBe(design.subnets.length);
    expect(view.columns.map((c) => c.key)).toEqual([
      'vnet',
      'subnet',
      'prefix',
      'firstUsable',
      'lastUsable',
      'usable',
      'demand',
      'headroom',
      'delegation',
      'natGateway',
      'nsg',
      'routeTable',
    ]);
    const free = ipPlanView(design, { filter: '', sort: undefined, includeFree: true });
    expect(free.columns[0]?.key).toBe('kindLabel');
    expect(free.rows.length).toBeGreaterThan(view.rows.length);
    expect(free.rows.some((r) => r.kind === 'free')).toBe(true);
  });

  it('filters, then sorts by address', () => {
    const view = ipPlanView(design, {
      filter: 'vnet-hub',
      sort: { key: 'prefix', direction: 'asc' },
      includeFree: false,
    });
    expect(view.rows.map((r) => r.prefix)).toEqual([
      '10.0.0.0/27',
      '10.0.1.0/26',
      '10.0.2.0/24',
      '10.0.10.0/24',
    ]);
    expect(view.total).toBe(design.subnets.length);
    const desc = ipPlanView(design, {
      filter: 'vnet-hub',
      sort: { key: 'prefix', direction: 'desc' },
      includeFree: false,
    });
    expect(desc.rows.map((r) => r.prefix)).toEqual([...view.rows.map((r) => r.prefix)].reverse());
  });
});

describe('nextSort', () => {
  it('starts ascending and flips on the same column', () => {
    const first = nextSort(undefined, 'prefix');
    expect(first).toEqual({ key: 'prefix', direction: 'asc' });
    expect(nextSort(first, 'prefix')).toEqual({ key: 'prefix', direction: 'desc' });
    expect(nextSort({ key: 'prefix', direction: 'desc' }, 'vnet')).toEqual({ key: 'vnet', direction: 'asc' });
  });
});

describe('moveCell', () => {
  const at = { row: 2, col: 3 };
  it('moves by arrows and stops at the edges', () => {
    expect(moveCell(at, 'ArrowUp', 5, 6)).toEqual({ row: 1, col: 3 });
    expect(moveCell(at, 'ArrowRight', 5, 6)).toEqual({ row: 2, col: 4 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 5, 6)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 5 }, 'ArrowRight', 5, 6)).toEqual({ row: 4, col: 5 });
  });

  it('jumps with Home, End, Ctrl and paging keys; ignores other keys', () => {
    expect(moveCell(at, 'Home', 5, 6)).toEqual({ row: 2, col: 0 });
    expect(moveCell(at, 'End', 5, 6)).toEqual({ row: 2, col: 5 });
    expect(moveCell(at, 'Home', 5, 6, true)).toEqual({ row: 0, col: 0 });
    expect(moveCell(at, 'End', 5, 6, true)).toEqual({ row: 4, col: 5 });
    expect(moveCell(at, 'PageDown', 50, 6)).toEqual({ row: 12, col: 3 });
    expect(moveCell(at, 'PageUp', 50, 6)).toEqual({ row: 0, col: 3 });
    expect(moveCell(at, 'a', 5, 6)).toBeUndefined();
  });
});
