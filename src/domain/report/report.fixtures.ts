import {
  createDelegatedSubnet,
  createDesign,
  createEnvironment,
  createPeering,
  createPeeringLink,
  createPolicy,
  createSubnet,
  createVnet,
} from '../model/factories';
import type { Design } from '../model/schema';

export const HOSTILE_NAME =
  '<script>alert("x")</script> | `tick` **bold** _u_ [l](javascript:x) & <img src=x onerror=alert(1)>';

/** A design whose names try to break out of Markdown and HTML, with findings and an undersized subnet. */
export function hostileReportDesign(): Design {
  return createDesign({
    id: 'hostile',
    name: HOSTILE_NAME,
    description: '# not a heading\n- not a list\n</style><script>alert(2)</script>',
    environments: [
      createEnvironment({
        id: 'e1',
        name: `${HOSTILE_NAME} prod`,
        policyIds: ['p'],
        environmentId: "x'; rm -rf /",
      }),
      createEnvironment({ id: 'e2', name: 'Trial\nline', type: 'Trial', managed: false, policyIds: ['p'] }),
      createEnvironment({ id: 'e3', name: 'Prod 3', policyIds: ['p'] }),
    ],
    policies: [
      createPolicy({ id: 'p', name: 'ep-<b>x</b>', location: 'unitedstates', subnetIds: ['s1', 's2'] }),
    ],
    vnets: [
      createVnet({ id: 'v1', name: 'vnet|east', region: 'eastus', addressPrefixes: ['10.1.0.0/16'] }),
      createVnet({ id: 'v2', name: 'vnet-west', region: 'westus', addressPrefixes: ['10.2.0.0/16'] }),
    ],
    subnets: [
      createDelegatedSubnet({ id: 's1', vnetId: 'v1', name: 'snet-```pp', prefix: '10.1.0.0/27' }),
      createDelegatedSubnet({ id: 's2', vnetId: 'v2', name: 'snet-pp', prefix: '10.2.0.0/27' }),
      createSubnet({ id: 's3', vnetId: 'v2', name: '=HYPERLINK("x")', prefix: '10.2.1.5/24' }),
    ],
    peerings: [
      createPeering({
        id: 'peer',
        vnetAId: 'v1',
        vnetBId: 'v2',
        aToB: createPeeringLink({ name: 'east-to-west', allowForwardedTraffic: true }),
        bToA: null,
      }),
    ],
  });
}
