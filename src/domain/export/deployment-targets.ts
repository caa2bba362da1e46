/**
 * The deployment targets: what the export view, the CLI and the golden tests list and render. Adding a
 * target is adding a row. Documents that describe a design (the IP plan, the review report) are not
 * deployment targets: they have a table of their own (`src/domain/documents`), above this package.
 */
import type { Design } from '../model/schema';
import { armTemplateText } from './arm/build-arm-template';
import { renderBicep } from './bicep/render-bicep';
import { exportObjectSnippet } from './object-snippet';
import { deploymentUnits } from './pipeline/deployment-units';
import { renderAzurePipeline } from './pipeline/render-azure-pipeline';
import { renderGithubWorkflow } from './pipeline/render-github-workflow';
import type { PlanOptions } from './plan/build-plan';
import type { ExportPlan } from './plan/types';
import { renderPostDeploymentScript } from './script/render-post-deployment-script';
import { renderTerraform } from './terraform/render-terraform';

/** What a target's renderer gets besides the plan: the plan options and the design as given. */
export type RenderOptions = PlanOptions & { design: Design };

export interface DeploymentTarget<Id extends string = string> {
  id: Id;
  /** How the studio names it (a tab, a menu entry). */
  label: string;
  /** File name ending, after the file stem. */
  extension: string;
  mediaType: string;
  /** The language its text is written in, for highlighting. */
  grammar: 'bicep' | 'json' | 'terraform' | 'powershell' | 'yaml';
  /** A template per resource group, the script to run after it, or a pipeline running both. */
  family: 'template' | 'script' | 'pipeline';
  render(plan: ExportPlan, fileStem: string, options: RenderOptions): string;
  /** One object's own resources, for the inspector; absent when the target has no such view. */
  renderSnippet?(design: Design, objectId: string): string;
}

const target = <Id extends string>(t: DeploymentTarget<Id>) => t;

export const deploymentTargets = [
  target({
    id: 'arm',
    label: 'ARM JSON',
    extension: '.json',
    mediaType: 'application/json',
    grammar: 'json',
    family: 'template',
    render: (plan) => armTemplateText(plan),
    renderSnippet: (design, id) => exportObjectSnippet(design, id, 'arm'),
  }),
  target({
    id: 'bicep',
    label: 'Bicep',
    extension: '.bicep',
    mediaType: 'text/plain',
    grammar: 'bicep',
    family: 'template',
    render: (plan) => renderBicep(plan),
    renderSnippet: (design, id) => exportObjectSnippet(design, id, 'bicep'),
  }),
  target({
    id: 'terraform',
    label: 'Terraform',
    extension: '.tf',
    mediaType: 'text/plain',
    grammar: 'terraform',
    family: 'template',
    render: (plan) => renderTerraform(plan),
    renderSnippet: (design, id) => exportObjectSnippet(design, id, 'terraform'),
  }),
  target({
    id: 'script',
    label: 'Post-deployment script',
    extension: '.ps1',
    mediaType: 'text/plain',
    grammar: 'powershell',
    family: 'script',
    render: (plan, stem) => renderPostDeploymentScript(plan, { templateFile: `${stem}.bicep` }),
  }),
  // Deployment pipelines: every resource group of the export, Bicep deployment then the script.
  target({
    id: 'github-workflow',
    label: 'GitHub Actions workflow',
    extension: '.deploy.github-workflow.yml',
    mediaType: 'text/yaml',
    grammar: 'yaml',
    family: 'pipeline',
    render: (_plan, _stem, options) => {
      const { plan, units } = deploymentUnits(options.design, options);
      return renderGithubWorkflow(plan, units);
    },
  }),
  target({
    id: 'azure-pipelines',
    label: 'Azure Pipelines',
    extension: '.deploy.azure-pipelines.yml',
    mediaType: 'text/yaml',
    grammar: 'yaml',
    family: 'pipeline',
    render: (_plan, _stem, options) => {
      const { plan, units } = deploymentUnits(options.design, options);
      return renderAzurePipeline(plan, units);
    },
  }),
] as const;

export type DeploymentTargetId = (typeof deploymentTargets)[number]['id'];

/** The target of an id; undefined for an unknown one. */
export function deploymentTarget(id: string): DeploymentTarget<DeploymentTargetId> | undefined {
  return deploymentTargets.find((t) => t.id === id);
}
