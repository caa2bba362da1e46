import { exportFileStem } from '../export/file-stem';
import { listExportScopes } from '../export/list-export-scopes';
import { buildExportPlan } from '../export/plan/build-plan';
import type { ExportPlan } from '../export/plan/types';
import { psString } from '../export/script/powershell-string';
import { renderPostDeploymentScript } from '../export/script/render-post-deployment-script';
import { commentText } from '../export/text-safety';
import { indexDesign } from '../model/design-index';
import type { Design } from '../model/schema';
import { policyResourceId } from './policy-sections';
import type { PostDeploymentLink, PostDeploymentScript, PostDeploymentSection } from './types';

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
  const where =
    subscriptions.length === 1
      ? `subscription ${subscriptions[0]}`
      : `subscriptions ${subscriptions.join(', ')}`;
  return [
    `Register the resource providers Microsoft.Network and Microsoft.PowerPlatform in ${where}.`,
    'Register the feature enterprisePoliciesPreview of Microsoft.PowerPlatform in the same subscriptions.',
    'Sign in with the Network Contributor role (or equivalent) on the virtual networks, and as a Power Platform administrator.',
    'Install the PowerShell module Microsoft.PowerPlatform.EnterprisePolicies.',
    'Make every environment to be linked a Managed Environment.',
    'Deploy the exported template (virtual networks, delegated subnets, enterprise policies) before linking.',
  ];
}

/** The placeholder shown when an environment's Power Platform id is not in the design. */
export const ENVIRONMENT_ID_PLACEHOLDER = '<environment-id>';

/** A one-line PowerShell single-quoted string for the report's command table. */
function psQuote(text: string): string {
  return psString(commentText(text));
}

/** The export's template file name for a plan (the script's `az deployment group create` deploys it). */
function templateFileOf(plan: ExportPlan): string {
  return `${exportFileStem(plan)}.bicep`;
}

/** The exporter's post-deployment script for every resource group that holds an enterprise policy. */
function scriptsOf(design: Design): PostDeploymentScript[] {
  const scripts: PostDeploymentScript[] = [];
  for (const scope of listExportScopes(design)) {
    try {
      const plan = buildExportPlan(design, { scope });
      if (plan.policies.length === 0) continue;
      scripts.push({ scope, text: renderPostDeploymentScript(plan, { templateFile: templateFileOf(plan) }) });
    } catch (e) {
      scripts.push({
        scope,
        text: `# The script for ${commentText(scope)} could not be generated: ${commentText((e as Error).message)}`,
      });
    }
  }
  return scripts;
}

export interface PostDeploymentOptions {
  /** Include the exporter's complete scripts (default true). */
  scripts?: boolean;
}

/**
 * Post-deployment steps: the prerequisites, one `Enable-SubnetInjection` per linked environment (an
 * environment linked to several policies is listed under each; ENV005 reports it), and the exporter's
 * complete post-deployment script per resource group.
 */
export function buildPostDeployment(
  design: Design,
  options: PostDeploymentOptions = {},
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
  return {
    prerequisites: prerequisites(design),
    links,
    scripts: options.scripts === false ? [] : scriptsOf(design),
  };
}
