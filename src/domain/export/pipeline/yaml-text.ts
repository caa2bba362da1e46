import { commentText } from '../text-safety';

/** A YAML single-quoted scalar: one line (control characters become spaces), `'` doubled. */
export function yamlString(text: string): string {
  return `'${commentText(text).replace(/'/g, "''")}'`;
}

/** A YAML comment line's text: one line, no control characters. */
export function yamlComment(text: string): string {
  return `# ${commentText(text)}`;
}
