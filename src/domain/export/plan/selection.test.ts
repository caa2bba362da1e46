import { describe, expect, it } from 'vitest';
import { hubDesign } from '../../model/hub.fixtures';
import { type Kind, kindList, kinds } from '../../model/kinds';
import type { Design } from '../../model/schema';
import { hubAndSpoke } from '../../samples/hub-and-spoke';
import { whitepaperScenario1 } from '../../samples/whitepaper-scenario-1';
import { closeSelection, selectionRole } from './selection';

/** What an export selection does with each kind; a kind added to the registry must be placed here. */
const expected: Record<Kind, ReturnType<typeof selectionRole>> = {
  environment: 'environment',
  policy: 'deployable',
  vnet: 'deployable',
  subnet: 'subnet',
  peering: 'deployable',
  natGateway: 'deployable',
  nsg: 'deployable',
  routeTable: 'deployable',
  resource: 'notDeployable',
  dnsZone: 'notDeployable',
  firewall: 'deployable',
  gateway: 'deployable',
  bastion: 'deployable',
};

const ids = (design: Design) =>
  kindList.flatMap((k) => (design[kinds[k].collection] as ReadonlyArray<{ id: string }>).map((o) => o.id));

describe('export selection', () => {
  it('gives every kind of the registry its role, derived from the registry', () => {
    expect(Object.keys(expected).sort()).toEqual([...kindList].sort());
    for (const k of kindList) expect(selectionRole(k), k).toBe(expected[k]);
  });

  it.each([
    ['whitepaper scenario 1', whitepaperScenario1()],
    ['hub and spoke', hubAndSpoke()],
    ['the hub fixture', hubDesign()],
  ])('sorts every object of %s into included or not deployable, none unknown', (_name, design) => {
    const all = ids(design);
    const everything = closeSelection(design, undefined).included;
    const chosen = closeSelection(design, all);
    expect(chosen.unknown).toEqual([]);
    for (const k of kindList)
      for (const o of design[kinds[k].collection] as ReadonlyArray<{ id: string }>) {
        // A network virtual appliance is a firewall without an ARM resource of its own.
        const nva = k === 'firewall' && (o as { kind?: string }).kind === 'NVA';
        const deployed = expected[k] !== 'notDeployable' && !nva;
        expect(everything.has(o.id), `${k} ${o.id}`).toBe(deployed);
        expect(chosen.included.has(o.id), `${k} ${o.id}`).toBe(deployed);
        expect(chosen.notDeployable.includes(o.id), `${k} ${o.id}`).toBe(!deployed);
      }
  });

  it("takes a selected hub object's VNet along, and leaves an NVA out", () => {
    const r = closeSelection(hubDesign(), ['bas-hub', 'nva-hub']);
    expect([...r.included]).toEqual(expect.arrayContaining(['bas-hub', 'vnet-hub', 'snet-bas']));
    expect(r.notDeployable).toEqual(['nva-hub']);
  });

  it('reports ids that name no object', () => {
    expect(closeSelection(whitepaperScenario1(), ['nope']).unknown).toEqual(['nope']);
  });
});
