export type CsvParseResult = { ok: true; records: string[][] } | { ok: false; message: string };

/**
 * A strict RFC 4180 reader: comma-separated fields, CRLF or LF record ends, quoted fields with doubled
 * quotes, line breaks allowed inside quotes. A final line break does not start an empty record.
 * Returns an error (never throws) for a quote inside an unquoted field or an unterminated quoted field.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      let end = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', end);
        if (q === -1) return { ok: false, message: `Unterminated quoted field starting at offset ${i}.` };
        field += text.slice(end, q);
        if (text[q + 1] === '"') {
          field += '"';
          end = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        return { ok: false, message: `Unexpected text after a closing quote at offset ${i}.` };
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '"') {
      return { ok: false, message: `A quote inside an unquoted field at offset ${i}.` };
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  if (!atFieldStart || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { ok: true, records };
}
