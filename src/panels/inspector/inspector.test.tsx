// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouteTable } from '../../domain/model/factories';
import { hubDesign } from '../../domain/model/hub.fixtures';
import { entityCollections, kindList } from '../../domain/model/kinds';
import { whitepaperScenario1 } from '../../domain/samples/whitepaper-scenario-1';
import { createStudioStore, type StudioStore } from '../../store/studio-store';
import { StudioStoreContext } from '../../store/use-studio';
import { editors } from './inspector-editors';
import { InspectorPanel } from './inspector-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let store: StudioStore;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  store = createStudioStore(whitepaperScenario1());
  act(() =>
    root.render(
      <StudioStoreContext.Provider value={store}>
        <InspectorPanel />
      </StudioStoreContext.Provider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function input(label: string): HTMLInputElement {
  const l = [...host.querySelectorAll('label')].find((x) => x.textContent === label);
  const el = l && document.getElementById(l.htmlFor);
  if (!(el instanceof HTMLInputElement)) throw new Error(`No input labelled ${label}`);
  return el;
}

function type(el: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const select = (ids: string[]) => act(() => store.getState().select(ids));

describe('inspector', () => {
  it('shows the design when nothing is selected and renames it as one undo step', () => {
    expect(host.textContent).toContain('Nothing is selected');
    for (const v of ['N', 'Ne', 'New']) type(input('Design name'), v);
    expect(store.getState().design.name).toBe('New');
    expect(store.getState().past).toHaveLength(1);
  });

  it('coalesces typing per field: two fields, two undo steps', () => {
    select(['snet-data-wus']);
    for (const v of ['s', 'sn', 'snet-x']) type(input('Name'), v);
    for (const v of ['10.10.1.0/2', '10.10.1.0/25']) type(input('Address prefix'), v);
    const { design, past } = store.getState();
    expect(design.subnets.find((s) => s.id === 'snet-data-wus')).toMatchObject({
      name: 'snet-x',
      prefix: '10.10.1.0/25',
    });
    expect(past).toHaveLength(2);
    act(() => store.getState().undo());
    expect(store.getState().design.subnets.find((s) => s.id === 'snet-data-wus')?.prefix).toBe(
      '10.10.1.0/24',
    );
    expect(input('Address prefix').value).toBe('10.10.1.0/24');
  });

  it('never writes a non-number into a number field', () => {
    select(['snet-data-wus']);
    type(input('Addresses'), 'twelve');
    type(input('Addresses'), '');
    const occupant = () =>
      store.getState().design.subnets.find((s) => s.id === 'snet-data-wus')?.occupants[0];
    expect(occupant()?.count).toBe(1);
    type(input('Addresses'), '12');
    expect(occupant()?.count).toBe(12);
  });

  it('summarises a multi-selection and opens one object from it', () => {
    select(['env-prod', 'env-uat', 'vnet1']);
    expect(host.querySelector('h2')?.textContent).toBe('3 objects selected');
    const button = host.querySelector('button[aria-label="Select only vnet1-westus"]') as HTMLButtonElement;
    act(() => button.click());
    expect(store.getState().selection).toEqual(['vnet1']);
    expect(host.querySelector('h2')?.textContent).toBe('vnet1-westus');
  });

  it('offers the failover twin on a delegated subnet whose paired policy lacks its secondary', () => {
    const twinButton = () =>
      [...host.querySelectorAll('button')].find((b) => b.textContent === 'Add failover twin');
    select(['snet-pp-wus']);
    expect(twinButton()).toBeUndefined();
    act(() =>
      store.getState().apply((d) => ({
        ...d,
        policies: d.policies.map((p) => ({ ...p, subnetIds: p.subnetIds.slice(0, 1) })),
      })),
    );
    act(() => twinButton()?.click());
    const policy = store.getState().design.policies[0];
    expect(policy?.subnetIds).toHaveLength(2);
    expect(store.getState().design.vnets).toHaveLength(3);
    expect(twinButton()).toBeUndefined();
  });

  it('edits every kind of object without crashing', () => {
    const design = store.getState().design;
    for (const id of entityCollections.flatMap((c) =>
      (design[c] as ReadonlyArray<{ id: string }>).map((e) => e.id),
    )) {
      select([id]);
      expect(host.querySelector('h2')?.textContent?.length).toBeGreaterThan(0);
      const name = [...host.querySelectorAll('label')].some((l) => l.textContent === 'Name');
      if (name) type(input('Name'), `renamed-${id}`);
    }
    expect(store.getState().design.vnets[0]?.name).toBe('renamed-vnet1');
  });

  it('has an editor for every kind of the registry', () => {
    expect(Object.keys(editors).sort()).toEqual([...kindList].sort());
    for (const k of kindList) expect(editors[k], k).toBeDefined();
  });
});

describe('the Exists in Azure switch', () => {
  const toggle = () => host.querySelector<HTMLButtonElement>('button[role="switch"]');

  it('marks the selected VNet as existing and back, one undo step each', () => {
    const vnet = store.getState().design.vnets[0] as { id: string };
    select([vnet.id]);
    const button = toggle();
    expect(button?.textContent).toBe('Exists in Azure');
    expect(button?.getAttribute('aria-checked')).toBe('false');
    act(() => button?.click());
    expect(store.getState().design.vnets[0]?.existing).toBe(true);
    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
    act(() => toggle()?.click());
    expect(store.getState().design.vnets[0]).not.toHaveProperty('existing');
  });

  it('is not offered for environments, which exports never create', () => {
    const env = store.getState().design.environments[0] as { id: string };
    select([env.id]);
    expect(toggle()).toBeNull();
  });
});

describe('hub objects in the inspector', () => {
  const field = (label: string) => {
    const l = [...host.querySelectorAll('label')].find((x) => x.textContent === label);
    return l ? document.getElementById(l.htmlFor) : null;
  };
  const choose = (label: string, value: string) => {
    const el = field(label);
    if (!(el instanceof HTMLSelectElement)) throw new Error(`No select labelled ${label}`);
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const options = (label: string) =>
    [...((field(label) as HTMLSelectElement | null)?.options ?? [])].map((o) => o.value);

  beforeEach(() => {
    const design = hubDesign();
    const rt = createRouteTable({
      id: 'rt',
      routes: [
        {
          name: 'default',
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '',
        },
      ],
    });
    act(() => store.getState().openDesign({ ...design, routeTables: [rt] }));
  });

  it('offers only the SKUs of the gateway type, and a type change picks one of the new type', () => {
    select(['vgw-vpn']);
    expect(options('Gateway SKU').every((v) => v.startsWith('VpnGw'))).toBe(true);
    choose('Gateway type', 'ExpressRoute');
    expect(store.getState().design.gateways.find((g) => g.id === 'vgw-vpn')).toMatchObject({
      type: 'ExpressRoute',
      sku: 'ErGw1AZ',
    });
    expect(options('Gateway SKU')).not.toContain('VpnGw1AZ');
    expect(options('Gateway SKU')).toContain('UltraPerformance');
  });

  it('points a virtual appliance route at a firewall, whose address then replaces the typed one', () => {
    select(['rt']);
    expect(options('Next hop firewall')).toEqual(['', 'afw-hub', 'nva-hub']);
    choose('Next hop firewall', 'afw-hub');
    const route = () => store.getState().design.routeTables[0]?.routes[0];
    expect(route()).toMatchObject({ nextHopFirewallId: 'afw-hub' });
    expect(route()?.nextHopIpAddress).toBeUndefined();
    expect(field('Next hop IP address')).toBeNull();
    expect(host.textContent).toContain('Traffic goes to afw-hub at 10.0.1.4.');
    choose('Next hop firewall', '');
    expect(route()?.nextHopFirewallId).toBeUndefined();
    expect(route()?.nextHopIpAddress).toBe('10.0.1.4');
    expect(field('Next hop IP address')).not.toBeNull();
  });
});
