import { indexDesign } from '../model/design-index';
import type { Design } from '../model/schema';
import { policyResourceId } from './policy-sections';
import type { PostDeploymentLink, PostDeploymentSection } from './types';

/** Renders the complete post-deployment PowerShell script for a design (supplied by the exporters). */
export type PostDeploymentScriptRenderer = (design: Design) => string;

/**
 * What must be true before linking (outside the design), from Microsoft's setup guide and the
 * enterprise-policy PowerShell module.
 * https://learn.microsoft.com/power-platform/admin/vnet-support-setup-configure
 */
function prerequisites(design: Design): string[] {
  const subscriptions = [
    ...new Set([
      ...design.vnets.map((v) => v.subscriptionId),
      ...design.policies.map((p) => p.subscriptionId),
    ]),
  ].filter(Boolean);
  return [
    `Register the resource providers Microsoft.Network and Microsoft.PowerPlatform in ${
      subscriptions.length === 1
        ? `subscription ${subscriptions[0]}`
        : `subscriptions ${subscriptions.join(', ')}`
    }.`,
    'Register the feature enterprisePoliciesPreview of Microsoft.PowerPlatform in the same subscriptions.',
    'Sign in with the Network Contributor role (or equivalent) on the virtual networks and the Power Platform administrator role.',
    'Install the PowerShell module Microsoft.PowerPlatform.EnterprisePolicies (Install-Module Microsoft.PowerPlatform.EnterprisePolicies).',
    'Make every environment to link a Managed Environment.',
    'Deploy the exported template (virtual networks, delegated subnets and enterprise policies) first.',
  ];
}

/** The placeholder shown when an environment's Power Platform id is not in the design. */
export const ENVIRONMENT_ID_PLACEHOLDER = '<environment-id>';

/** A PowerShell single-quoted string: quotes doubled, so names can't break out of it. */
function psQuote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/**
 * Post-deployment steps: the prerequisites, one `Enable-SubnetInjection` per linked environment (an
 * environment linked to several policies is listed under each; ENV005 reports it), and the full script
 * when a renderer is given.
 */
export function buildPostDeployment(
  design: Design,
  renderScript?: PostDeploymentScriptRenderer,
): PostDeploymentSection {
  const index = indexDesign(design);
  const links: PostDeploymentLink[] = [];
  for (const policy of design.policies) {
    for (const env of index.environmentsByPolicy.get(policy.id) ?? []) {
      const environmentId = env.environmentId || ENVIRONMENT_ID_PLACEHOLDER;
      links.push({
        environment: env.name,
        environmentId,
        policy: policy.name,
        command: `Enable-SubnetInjection -EnvironmentId ${psQuote(environmentId)} -PolicyArmId ${psQuote(policyResourceId(policy))}`,
      });
    }
  }
  let script: string | undefined;
  if (renderScript) {
    try {
      script = renderScript(design);
    } catch (e) {
      script = `# The post-deployment script could not be generated: ${String((e as Error).message).replace(/\s+/g, ' ')}`;
    }
  }
  return { prerequisites: prerequisites(design), links, script };
}
