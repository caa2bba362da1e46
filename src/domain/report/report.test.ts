import { describe, expect, it } from 'vitest';
import {
  createDesign,
  createEnvironment,
  createPeering,
  createPolicy,
  createSubnet,
  createVnet,
} from '../model/factories';
import { whitepaperScenario1 } from '../samples/whitepaper-scenario-1';
import { buildDesignReport } from './build-report';
import { escapeHtml, renderReportHtml } from './render-html';
import { escapeMarkdown, guardLineStart, renderReportMarkdown } from './render-markdown';
import { HOSTILE_NAME, hostileReportDesign } from './report.fixtures';

describe('buildDesignReport', () => {
  const report = buildDesignReport(hostileReportDesign());

  it('summarises counts, geographies and findings', () => {
    expect(report.summary.counts.find((c) => c.label === 'Delegated subnets')?.value).toBe(2);
    expect(report.summary.geographies).toEqual(['United States (unitedstates)']);
    expect(report.summary.findings.error).toBeGreaterThan(0);
    expect(report.summary.generatedAt).toBeUndefined();
  });

  it('sizes each policy subnet: demand vs size and the smallest prefix that fits', () => {
    const [policy] = report.policies;
    expect(policy?.regions).toEqual(['East US (eastus)', 'West US (westus)']);
    expect(policy?.resourceId).toBe(
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-powerplatform-network/providers/Microsoft.PowerPlatform/enterprisePolicies/ep-<b>x</b>',
    );
    // two production environments: 2·30 + 5 = 65 on a /27 (32): too small, a /25 fits
    expect(policy?.subnets[0]).toMatchObject({
      size: 32,
      demand: 65,
      headroom: -33,
      smallestFit: '/25',
      status: 'too small',
    });
    expect(policy?.environments.map((e) => e.type)).toEqual(['Production', 'Trial', 'Production']);
  });

  it('lists both directions of each peering, flagging a missing one', () => {
    expect(report.peerings).toEqual([
      expect.objectContaining({
        from: 'vnet|east',
        to: 'vnet-west',
        present: true,
        allowForwardedTraffic: true,
      }),
      expect.objectContaining({ from: 'vnet-west', to: 'vnet|east', present: false }),
    ]);
  });

  it('names finding objects by display name, with the rule title', () => {
    const env001 = report.findings.find((f) => f.ruleId === 'ENV001');
    expect(env001?.objects[0]).toBe('Trial\nline');
    expect(env001?.title).toBeTruthy();
    expect(report.findings.some((f) => f.ruleId === 'NET001')).toBe(true);
  });

  it('has one link step per linked environment and the exporter script', () => {
    const pd = report.postDeployment;
    expect(pd.links.map((l) => l.environmentId)).toEqual([
      "x'; rm -rf /",
      '<environment-id>',
      '<environment-id>',
    ]);
    expect(pd.links[0]?.command).toContain("-EnvironmentId 'x''; rm -rf /'");
    expect(pd.scripts).toHaveLength(1);
    expect(pd.scripts[0]?.text).toContain('Enable-SubnetInjection');
    expect(buildDesignReport(hostileReportDesign(), { scripts: false }).postDeployment.scripts).toEqual([]);
  });

  it('puts an injected date in the summary only when given', () => {
    expect(buildDesignReport(whitepaperScenario1(), { generatedAt: '2026-01-02' }).summary.generatedAt).toBe(
      '2026-01-02',
    );
  });
});

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(buildDesignReport(hostileReportDesign()));

  it('escapes user text so it cannot open HTML, links or emphasis', () => {
    // Fenced code is literal in Markdown: only the prose must be escaped.
    const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
    expect(prose).not.toMatch(/(?<!\\)<(script|img)/i);
    expect(prose).toContain('\\<script\\>');
    expect(md).toContain(`# Design review: ${escapeMarkdown(HOSTILE_NAME)}`);
    expect(escapeMarkdown('a|b <c> `d` *e* [f](g)')).toBe('a\\|b \\<c\\> \\`d\\` \\*e\\* \\[f\\](g)');
  });

  it('keeps multi-line user text on one line and neutralises block markers', () => {
    expect(md).toContain('\\# not a heading - not a list');
    expect(md).not.toMatch(/^- not a list/m);
    expect(md).not.toMatch(/^#+ not a heading/m);
  });

  it('neutralises block markers at the start of a line', () => {
    expect(guardLineStart('1. not a list')).toBe('1\\. not a list');
    expect(guardLineStart('42) nope')).toBe('42\\) nope');
    expect(guardLineStart('    not code')).toBe('not code');
    expect(guardLineStart('- item')).toBe('\\- item');
    expect(guardLineStart('plain')).toBe('plain');
  });

  it('keeps every table row to its column count', () => {
    const lines = md.split('\n');
    let width = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      // unescaped pipes separate cells
      const cells = line.split(/(?<!\\)\|/).length - 2;
      if (width === 0) width = cells;
      expect(cells, line).toBe(width);
    }
  });

  it('fences code so backticks in names cannot close it', () => {
    const withTicks = buildDesignReport(hostileReportDesign(), { scripts: false });
    withTicks.postDeployment.links[0]!.command = 'echo ```';
    const out = renderReportMarkdown(withTicks);
    expect(out).toContain('````powershell\n');
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('report on incomplete designs', () => {
  it('renders an empty design', () => {
    const report = buildDesignReport(createDesign());
    const md = renderReportMarkdown(report);
    expect(md).toContain('The design has no enterprise policy.');
    expect(md).toContain('The design has no subnet.');
    expect(md).toContain('No environment is linked to a policy in this design.');
    expect(report.postDeployment.scripts).toEqual([]);
  });

  it('survives dangling references and half-typed prefixes', () => {
    const design = createDesign({
      environments: [createEnvironment({ id: 'e', policyIds: ['nope'] })],
      policies: [createPolicy({ id: 'p', location: 'atlantis', subnetIds: ['ghost', 's'] })],
      vnets: [createVnet({ id: 'v', addressPrefixes: ['10.0.0.0/33', ''] })],
      subnets: [
        createSubnet({ id: 's', vnetId: 'v', prefix: '10.0.' }),
        createSubnet({ id: 'o', vnetId: 'gone', prefix: '10.9.0.0/24' }),
      ],
      peerings: [createPeering({ id: 'x', vnetAId: 'v', vnetBId: 'missing' })],
    });
    const report = buildDesignReport(design);
    expect(report.policies[0]?.geography).toBe('atlantis (not a supported geography)');
    expect(report.policies[0]?.subnets.map((s) => s.status)).toEqual(['missing', 'not delegated']);
    expect(report.peerings[0]?.to).toBe('missing');
    expect(renderReportMarkdown(report)).toContain('## Findings');
  });
});

describe('dual-stack VNets in the report', () => {
  it('lists IPv6 prefixes and says the figures are IPv4', () => {
    const design = createDesign({
      vnets: [
        createVnet({ id: 'v', name: 'vnet-dual', addressPrefixes: ['10.0.0.0/24', 'fd00:db8:1::/48'] }),
      ],
    });
    const report = buildDesignReport(design);
    expect(report.vnets[0]).toMatchObject({ addresses: 256, ipv6Prefixes: ['fd00:db8:1::/48'] });
    expect(renderReportMarkdown(report)).toMatch(
      /Dual-stack: vnet-dual \(fd00:db8:1::\/48\)\. Addresses, allocated and free count IPv4 only/,
    );
    const single = buildDesignReport(createDesign({ vnets: [createVnet({ id: 'v' })] }));
    expect(renderReportMarkdown(single)).not.toMatch(/Dual-stack/);
  });
});
