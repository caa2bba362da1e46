/**
 * A small HCL writer: attributes, blocks, lists and objects, laid out the way `terraform fmt` lays
 * them out (two-space indents, the `=` of consecutive one-line attributes aligned).
 */
import { hclComment, hclString } from './hcl-string';

/** An expression: raw HCL text (a reference, a number, a template already escaped), a list or an object. */
export type HclValue = { raw: string } | { list: HclValue[] } | { object: [string, HclValue][] };

export type HclItem =
  | { kind: 'attr'; name: string; value: HclValue }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[] }
  | { kind: 'blank' }
  | { kind: 'comment'; text: string };

export const raw = (text: string): HclValue => ({ raw: text });
export const text = (value: string): HclValue => ({ raw: hclString(value) });
export const bool = (value: boolean): HclValue => ({ raw: value ? 'true' : 'false' });
export const num = (value: number): HclValue => ({ raw: String(value) });
export const list = (items: HclValue[]): HclValue => ({ list: items });
export const texts = (values: readonly string[]): HclValue => list(values.map(text));
export const object = (entries: [string, HclValue][]): HclValue => ({ object: entries });

export const attr = (name: string, value: HclValue): HclItem => ({ kind: 'attr', name, value });
export const block = (type: string, labels: string[], body: HclItem[]): HclItem => ({
  kind: 'block',
  type,
  labels,
  body,
});
export const blank: HclItem = { kind: 'blank' };
/** A `#` comment line; the text is made safe for a comment here. */
export const comment = (line: string): HclItem => ({ kind: 'comment', text: line });

/** An object key: bare when it is an identifier, else quoted. */
const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : hclString(name));

function renderValue(value: HclValue, indent: string): string {
  if ('raw' in value) return value.raw;
  const inner = `${indent}  `;
  if ('list' in value) {
    if (!value.list.length) return '[]';
    const items = value.list.map((v) => renderValue(v, inner));
    // short lists of one-line items stay on one line, as people write them
    const oneLine = `[${items.join(', ')}]`;
    if (items.every((i) => !i.includes('\n')) && oneLine.length <= 80) return oneLine;
    return `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${indent}]`;
  }
  if (!value.object.length) return '{}';
  const lines = aligned(
    value.object.map(([k, v]) => ({ name: key(k), value: renderValue(v, inner) })),
    inner,
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** Lines of `name = value`, the `=` aligned over each run of one-line values. */
function aligned(entries: { name: string; value: string }[], indent: string): string[] {
  const out: string[] = [];
  let run: { name: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((e) => e.name.length));
    for (const e of run) out.push(`${indent}${e.name.padEnd(width)} = ${e.value}`);
    run = [];
  };
  for (const e of entries) {
    if (e.value.includes('\n')) {
      flush();
      out.push(`${indent}${e.name} = ${e.value}`);
    } else run.push(e);
  }
  flush();
  return out;
}

function renderItems(items: HclItem[], indent: string): string[] {
  const out: string[] = [];
  let run: { name: string; value: string }[] = [];
  const flush = () => {
    out.push(...aligned(run, indent));
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'attr') {
      const value = renderValue(item.value, indent);
      if (value.includes('\n')) {
        flush();
        out.push(`${indent}${item.name} = ${value}`);
      } else run.push({ name: item.name, value });
      continue;
    }
    flush();
    if (item.kind === 'blank') out.push('');
    else if (item.kind === 'comment') out.push(`${indent}# ${hclComment(item.text)}`.trimEnd());
    else {
      const head = [item.type, ...item.labels.map(hclString)].join(' ');
      if (!item.body.length) out.push(`${indent}${head} {}`);
      else out.push(`${indent}${head} {`, ...renderItems(item.body, `${indent}  `), `${indent}}`);
    }
  }
  flush();
  return out;
}

/** Top-level items as HCL text, blocks separated as they were given, with a final newline. */
export function renderHcl(items: HclItem[]): string {
  return `${renderItems(items, '').join('\n')}\n`;
}
