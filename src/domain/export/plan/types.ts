import type { Design, EnterprisePolicy } from '../../model/schema';
import type { Finding } from '../../rules/types';
import type { Expr, Scope } from './expr';

/** Microsoft.Network apiVersion: published both in the Bicep type index and the ARM JSON schemas. */
export const NETWORK_API_VERSION = '2025-07-01';
/** The only apiVersion of Microsoft.PowerPlatform/enterprisePolicies in the REST spec and Bicep types. */
export const ENTERPRISE_POLICY_API_VERSION = '2020-10-30-preview';

/** One resource the template declares, target-neutral. */
export interface PlannedResource {
  /** Symbolic name (a Bicep identifier, unique in the template). */
  symbol: string;
  /** Id of the design object it comes from. */
  sourceId: string;
  /** What it is, for comments ("Virtual network"). */
  label: string;
  /** The design's name for it, for comments. */
  displayName: string;
  type: string;
  apiVersion: string;
  /** Symbol of the parent resource, for child resources (peerings, subnets of an existing VNet). */
  parent?: string;
  /**
   * The object already exists in Azure: Bicep declares it `existing`, ARM and Terraform only refer to it
   * by resource ID. Such a resource has no properties to deploy.
   */
  existing?: true;
  /** For an existing resource of another resource group or subscription: where it is. */
  scope?: Scope;
  /** Symbols of resources it must wait for besides those its properties refer to. */
  dependsOn?: string[];
  /** Deploy only when this (boolean) expression holds. */
  condition?: Expr;
  /** The resource's own name segment. */
  name: Expr;
  location?: string;
  kind?: string;
  sku?: Expr;
  properties: Expr;
}

export interface PlannedOutput {
  name: string;
  description: string;
  value: Expr;
}

/** A policy the template declares, with what the post-deployment script needs to link environments. */
export interface PlannedPolicy {
  policy: EnterprisePolicy;
  symbol: string;
}

/** Everything an exporter renders: what is deployed to one scope, and what to tell the reader. */
export interface ExportPlan {
  design: Design;
  /** The resource group this template deploys to. */
  scope: Scope;
  /** Every scope the exported objects live in (the first is `scope` when it holds any of them). */
  scopes: Scope[];
  resources: PlannedResource[];
  outputs: PlannedOutput[];
  policies: PlannedPolicy[];
  /** Ids of the design objects this export covers (the selection and what it structurally needs). */
  includedIds: ReadonlySet<string>;
  /** Validation errors of the design, listed at the top of every export. */
  errors: Finding[];
  /** What the reader must know: references to objects not included, objects left to other scopes. */
  warnings: string[];
  /** What this export does not deploy and the reader must do or check (see `deploymentNotes`). */
  notes: string[];
}
