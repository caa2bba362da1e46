import { hclIdentifier } from './hcl-string';

/**
 * Resource labels (and variable names): identifiers derived from design names, unique per Terraform
 * type. A label depends only on the name and, when two objects of one type share a name, on the design
 * id of the later one, so renaming or adding an object never relabels the others (Terraform would plan
 * to destroy and recreate a relabelled resource).
 */
export class TerraformLabels {
  private readonly used = new Map<string, Set<string>>();

  /**
   * A fresh label for a resource of `type`: the first candidate that is free, else the first candidate
   * followed by the design id, else that followed by a number.
   * @param candidates texts to derive the label from, in order of preference
   */
  claim(type: string, candidates: readonly string[], objectId: string, fallback: string): string {
    let taken = this.used.get(type);
    if (!taken) {
      taken = new Set();
      this.used.set(type, taken);
    }
    const labels = candidates.map((c) => hclIdentifier(c, fallback));
    const first = labels[0] ?? fallback;
    const withId = `${first}_${hclIdentifier(objectId, 'id')}`;
    let label = [...labels, withId].find((l) => !taken.has(l));
    for (let n = 2; label === undefined; n++) if (!taken.has(`${withId}_${n}`)) label = `${withId}_${n}`;
    taken.add(label);
    return label;
  }
}
