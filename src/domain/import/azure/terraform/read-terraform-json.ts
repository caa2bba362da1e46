/** Terraform JSON (`terraform show -json`): not read yet; every file reports that. */
import type { ArmValue } from '../arm/values';
import type { AzureResource, ImportWarning } from '../azure-resource';

export function readTerraformDocument(
  _doc: ArmValue,
  file: string,
): { resources: AzureResource[]; warnings: ImportWarning[] } {
  return {
    resources: [],
    warnings: [{ file, path: '$', message: 'Terraform JSON is recognised but not imported yet.' }],
  };
}
