/**
 * The common currency of every importer: an Azure resource as ARM describes it (id, type, name,
 * location, sku, kind, properties), whatever file it came from. Templates, `az` output, REST bodies,
 * Resource Graph rows and PowerShell objects all become these before one mapper turns them into a design.
 */
import type { ArmObject, ArmValue } from './arm/values';

export interface ImportSourceRef {
  /** The file's name as the user gave it. */
  file: string;
  /** JSON path of the resource (or the value) inside the file. */
  path: string;
}

export interface AzureResource {
  /** Full resource id (compared case-insensitively). */
  id: string;
  /** Full type, e.g. `Microsoft.Network/virtualNetworks/subnets` (any case). */
  type: string;
  /** Last name segment. */
  name: string;
  location?: ArmValue;
  kind?: ArmValue;
  sku?: ArmValue;
  properties: ArmObject;
  /** Referenced with `existing` rather than declared: Azure has it, the file doesn't describe it. */
  existing: boolean;
  /** Read from what Azure's tools report about the live estate (az, REST, Resource Graph, PowerShell, Terraform state). */
  live?: boolean;
  source: ImportSourceRef;
}

export interface ImportWarning extends ImportSourceRef {
  message: string;
}

/** One resource a design can't hold, with where it is. */
export interface SkippedResource extends ImportSourceRef {
  type: string;
}

export interface SkippedResources {
  /** Resource type (and kind where it matters), e.g. `Microsoft.Compute/virtualMachines`. */
  type: string;
  count: number;
}
