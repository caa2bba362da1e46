/** Which kind of document a file holds, from its content alone (names and extensions are not trusted). */
import { type ArmValue, getProperty, isArmObject } from './arm/values';
import { isLiveDocument } from './live/read-live-json';

export type AzureFileFormat =
  | 'arm-template'
  | 'arm-parameters'
  | 'azure-live'
  | 'terraform'
  | 'vnet-studio-design'
  | 'unknown';

export function detectFormat(doc: ArmValue): AzureFileFormat {
  if (isArmObject(doc)) {
    const schema = getProperty(doc, '$schema');
    if (typeof schema === 'string') {
      if (/deploymentParameters\.json/i.test(schema)) return 'arm-parameters';
      if (/deploymentTemplate\.json/i.test(schema)) return 'arm-template';
    }
    if (getProperty(doc, 'format') === 'vnet-studio/design') return 'vnet-studio-design';
    if (
      typeof getProperty(doc, 'format_version') === 'string' &&
      (getProperty(doc, 'values') !== undefined ||
        getProperty(doc, 'planned_values') !== undefined ||
        getProperty(doc, 'resource_changes') !== undefined)
    )
      return 'terraform';
    const resources = getProperty(doc, 'resources');
    if (
      (Array.isArray(resources) || isArmObject(resources)) &&
      (getProperty(doc, 'contentVersion') !== undefined || getProperty(doc, 'languageVersion') !== undefined)
    )
      return 'arm-template';
    if (
      isArmObject(getProperty(doc, 'parameters')) &&
      getProperty(doc, 'contentVersion') !== undefined &&
      resources === undefined
    )
      return 'arm-parameters';
  }
  if (isLiveDocument(doc)) return 'azure-live';
  return 'unknown';
}
