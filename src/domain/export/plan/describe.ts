import { indexDesign } from '../../model/design-index';
import { kindList, kinds, labelInText } from '../../model/kinds';
import type { Design } from '../../model/schema';

/** "virtual network "hub"": how warnings and comments name a design object. */
export function describeObject(design: Design, id: string): string {
  const i = indexDesign(design);
  for (const kind of kindList) {
    const entity = i[kinds[kind].collection].get(id) as { id: string; name?: string } | undefined;
    if (entity) return `${labelInText(kind)} "${entity.name ?? entity.id}"`;
  }
  return `"${id}"`;
}
