/**
 * A small RFC 4180 CSV parser: quoted fields may hold commas, doubled quotes ("") and line
 * breaks; records end in LF, CRLF or a lone CR. One pass over the text, no regex, so no
 * backtracking on long fields. A leading BOM is dropped. Blank lines (and so a final line
 * break) make no record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  // True once the current record has any content (a character, a comma or a quote).
  let started = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    started = false;
  };

  while (i < n) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      // A quote opens a quoted field only at the start of the field; elsewhere it is literal.
      inQuotes = true;
      started = true;
    } else if (ch === ',') {
      endField();
      started = true;
    } else if (ch === '\r' || ch === '\n') {
      if (started) endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
      started = true;
    }
    i++;
  }
  if (inQuotes) throw new Error('CSV ends inside a quoted field');
  if (started) endRecord();
  return records;
}

/**
 * Records as objects keyed by the header row. `skip` drops preamble lines before the header
 * (the Annex II export has four). Rows with a different field count than the header throw,
 * because a silently shifted column would put wrong data in the generated files.
 */
export function parseCsvObjects(text: string, skip = 0): Array<Record<string, string>> {
  const rows = parseCsv(text).slice(skip);
  const header = rows[0];
  if (!header) return [];
  return rows.slice(1).map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(
        `CSV row ${index + skip + 2} has ${row.length} fields, header has ${header.length}`,
      );
    }
    const obj: Record<string, string> = {};
    header.forEach((key, k) => {
      obj[key] = row[k] as string;
    });
    return obj;
  });
}
