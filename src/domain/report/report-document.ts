import { commentText } from '../export/text-safety';
import { findIpPlanColumn, formatIpPlanCell } from '../ip-plan/columns';
import type { Block, Inline, TableColumn } from './blocks';
import {
  findingCounts,
  formatNumber,
  formatPercent,
  peeringState,
  REPORT_IP_PLAN_KEYS,
  shortDelegation,
  yesNo,
} from './format';
import { ENVIRONMENT_ID_PLACEHOLDER } from './post-deployment';
import type { DesignReport, ReportPolicySection } from './types';

const num = (n: number | undefined): Inline[] => [formatNumber(n)];
const text = (s: string | undefined): Inline[] => [s ?? ''];
const col = (label: string, numeric = false): TableColumn => ({ label, numeric });

function summaryBlocks(r: DesignReport): Block[] {
  const s = r.summary;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: `Design review: ${s.name}`, id: 'top' }];
  if (s.generatedAt) blocks.push({ kind: 'paragraph', content: [`Generated ${s.generatedAt}.`] });
  if (s.description) blocks.push({ kind: 'paragraph', content: [s.description] });
  blocks.push(
    { kind: 'heading', level: 2, text: 'Summary', id: 'summary' },
    {
      kind: 'facts',
      items: [
        ['Geographies', [s.geographies.join('; ') || 'none']],
        ['Findings', [findingCounts(s)]],
      ],
    },
    {
      kind: 'table',
      columns: [col('Object'), col('Count', true)],
      rows: s.counts.map((c) => [text(c.label), num(c.value)]),
      empty: '',
    },
  );
  return blocks;
}

function policyBlocks(p: ReportPolicySection): Block[] {
  return [
    { kind: 'heading', level: 3, text: `Enterprise policy ${p.name}`, id: `policy-${p.policyId}` },
    {
      kind: 'facts',
      items: [
        ['Location', [{ code: p.location }, ` — ${p.geography}`]],
        ['Regions', [p.regions.join(', ') || 'none']],
        ['Resource ID', [{ code: p.resourceId }]],
      ],
    },
    {
      kind: 'table',
      columns: [
        col('Subnet'),
        col('VNet'),
        col('Region'),
        col('Prefix'),
        col('Addresses', true),
        col('Demand', true),
        col('Headroom', true),
        col('Used', true),
        col('Smallest fit'),
        col('Status'),
      ],
      rows: p.subnets.map((s) => [
        text(s.subnet),
        text(s.vnet),
        text(s.region),
        text(s.prefix),
        num(s.size),
        num(s.demand),
        num(s.headroom),
        [formatPercent(s.percentUsed)],
        text(s.smallestFit),
        s.status === 'fits' ? text(s.status) : [{ strong: s.status }],
      ]),
      empty: 'The policy references no subnet.',
    },
    {
      kind: 'table',
      columns: [
        col('Linked environment'),
        col('Type'),
        col('Managed'),
        col('Geography'),
        col('Environment ID'),
      ],
      rows: p.environments.map((e) => [
        text(e.name),
        text(e.type),
        [yesNo(e.managed)],
        text(e.geography),
        e.environmentId ? [{ code: e.environmentId }] : ['not recorded'],
      ]),
      empty: 'No environment is linked to this policy.',
    },
  ];
}

function capacityNote(): Block {
  return {
    kind: 'paragraph',
    content: [
      'Demand is estimated as 30 addresses per production or default environment and 10 per sandbox or developer environment, plus the 5 Azure reserves in every subnet (',
      {
        link: 'Microsoft’s sizing guidance',
        href: 'https://learn.microsoft.com/power-platform/admin/vnet-support-overview#estimating-subnet-size-for-power-platform-environments',
      },
      '). Each subnet of a policy must hold all its environments, since they fail over between regions.',
    ],
  };
}

/** Dual-stack VNets: their IPv6 prefixes are listed but not counted (capacity is IPv4). */
function dualStackNote(r: DesignReport): Block[] {
  const dual = r.vnets.filter((v) => v.ipv6Prefixes.length > 0);
  if (dual.length === 0) return [];
  return [
    {
      kind: 'paragraph',
      content: [
        `Dual-stack: ${dual.map((v) => `${v.vnet} (${v.ipv6Prefixes.join(', ')})`).join('; ')}. Addresses, allocated and free count IPv4 only: Power Platform sizes delegated subnets on their IPv4 prefix, and each IPv6 subnet is a /64.`,
      ],
    },
  ];
}

function addressBlocks(r: DesignReport): Block[] {
  const keys = REPORT_IP_PLAN_KEYS;
  return [
    { kind: 'heading', level: 2, text: 'Address spaces', id: 'address-spaces' },
    {
      kind: 'table',
      columns: [
        col('VNet'),
        col('Region'),
        col('Address space'),
        col('Addresses', true),
        col('Allocated', true),
        col('Free', true),
        col('Free blocks'),
      ],
      rows: r.vnets.map((v) => [
        text(v.vnet),
        text(v.region),
        text(v.addressSpace),
        num(v.addresses),
        num(v.allocated),
        num(v.free),
        text(v.freeRanges.join(' ')),
      ]),
      empty: 'The design has no virtual network.',
    },
    ...dualStackNote(r),
    { kind: 'heading', level: 2, text: 'IP plan', id: 'ip-plan' },
    {
      kind: 'table',
      columns: keys.map((k) => {
        const c = findIpPlanColumn(k);
        return col(c?.label ?? k, c?.numeric ?? false);
      }),
      rows: r.ipPlan.map((row) =>
        keys.map((k) => {
          const value = formatIpPlanCell(row, k);
          if (k === 'delegation') return text(shortDelegation(value));
          return typeof row[k] === 'number' ? num(row[k] as number) : text(value);
        }),
      ),
      empty: 'The design has no subnet.',
    },
  ];
}

function peeringBlocks(r: DesignReport): Block[] {
  return [
    { kind: 'heading', level: 2, text: 'Peerings', id: 'peerings' },
    {
      kind: 'table',
      columns: [
        col('From'),
        col('To'),
        col('Peering'),
        col('State'),
        col('VNet access'),
        col('Forwarded traffic'),
        col('Gateway transit'),
        col('Remote gateways'),
      ],
      rows: r.peerings.map((l) => [
        text(l.from),
        text(l.to),
        l.present ? text(l.name) : [''],
        l.present ? [peeringState(l)] : [{ strong: peeringState(l) }],
        [l.present ? yesNo(l.allowVirtualNetworkAccess) : ''],
        [l.present ? yesNo(l.allowForwardedTraffic) : ''],
        [l.present ? yesNo(l.allowGatewayTransit) : ''],
        [l.present ? yesNo(l.useRemoteGateways) : ''],
      ]),
      empty: 'The design has no peering.',
    },
  ];
}

function findingBlocks(r: DesignReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Findings', id: 'findings' }];
  if (r.findings.length === 0) {
    blocks.push({ kind: 'paragraph', content: ['The validator reports nothing for this design.'] });
    return blocks;
  }
  blocks.push({
    kind: 'list',
    ordered: false,
    items: r.findings.map((f) => {
      const item: Inline[] = [{ severity: f.severity }, ' ', { code: f.ruleId }];
      if (f.title) item.push(' ', { strong: f.title });
      item.push(' — ', f.message);
      if (f.objects.length > 0) item.push(` (objects: ${f.objects.join(', ')})`);
      if (f.docs) item.push(' ', { link: 'Documentation', href: f.docs });
      return item;
    }),
  });
  return blocks;
}

function postDeploymentBlocks(r: DesignReport): Block[] {
  const pd = r.postDeployment;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Post-deployment steps', id: 'post-deployment' },
    { kind: 'heading', level: 3, text: 'Prerequisites' },
    { kind: 'list', ordered: true, items: pd.prerequisites.map((p) => [p]) },
    { kind: 'heading', level: 3, text: 'Link the environments' },
  ];
  if (pd.links.length === 0) {
    blocks.push({ kind: 'paragraph', content: ['No environment is linked to a policy in this design.'] });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    columns: [col('Environment'), col('Enterprise policy'), col('Environment ID')],
    rows: pd.links.map((l) => [text(l.environment), text(l.policy), [{ code: l.environmentId }]]),
    empty: '',
  });
  if (pd.scripts.length === 0) {
    blocks.push(
      {
        kind: 'paragraph',
        content: [
          'Run once per environment after the template is deployed, replacing any ',
          { code: ENVIRONMENT_ID_PLACEHOLDER },
          ' with the environment’s id from the Power Platform admin center:',
        ],
      },
      {
        kind: 'code',
        language: 'powershell',
        text: [
          'Import-Module Microsoft.PowerPlatform.EnterprisePolicies',
          ...pd.links.flatMap((l) => [
            `# ${commentText(l.environment)} -> ${commentText(l.policy)}`,
            l.command,
          ]),
        ].join('\n'),
      },
    );
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    content: [
      'The script below registers the prerequisites, optionally deploys the template (',
      { code: '-Deploy' },
      ') and links each environment with ',
      { code: 'Enable-SubnetInjection' },
      '. It is the same script the export writes.',
    ],
  });
  for (const script of pd.scripts) {
    blocks.push(
      { kind: 'heading', level: 3, text: `Post-deployment script for ${script.scope}` },
      { kind: 'code', language: 'powershell', text: script.text.replace(/\n$/, '') },
    );
  }
  return blocks;
}

/** The report laid out as blocks, in reading order. */
export function layoutReport(r: DesignReport): Block[] {
  return [
    ...summaryBlocks(r),
    { kind: 'heading', level: 2, text: 'Enterprise policies', id: 'policies' },
    ...(r.policies.length === 0
      ? [{ kind: 'paragraph', content: ['The design has no enterprise policy.'] } as Block]
      : [capacityNote(), ...r.policies.flatMap(policyBlocks)]),
    ...addressBlocks(r),
    ...peeringBlocks(r),
    ...findingBlocks(r),
    ...postDeploymentBlocks(r),
  ];
}
