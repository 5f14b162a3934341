import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the real ingredient-list datasets in tests/fixtures/datasets (see SOURCE.md there):
 * a small RFC 4180 CSV reader and a reader for the Python list literals of the LookFantastic
 * `clean_ingreds` column.
 */

const DIR = `${join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/datasets')}/`;

export type Row = Record<string, string>;

export function readCsv(name: string): Row[] {
  let text = readFileSync(DIR + name, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** `['aqua', "cire d'abeille", …]` → the strings. */
export function readPythonList(literal: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < literal.length) {
    const q = literal[i];
    if (q !== "'" && q !== '"') {
      i++;
      continue;
    }
    let s = '';
    i++;
    while (i < literal.length && literal[i] !== q) {
      if (literal[i] === '\\' && i + 1 < literal.length) i++;
      s += literal[i];
      i++;
    }
    out.push(s);
    i++;
  }
  return out;
}

export const kaggle = (): Row[] => readCsv('sephora-kaggle-cosmetics-1472-skincare.csv');
export const inkey = (): Row[] => readCsv('theinkeylist-uk-shopify-products-146.csv');
export const lookfantastic = (): Row[] => readCsv('lookfantastic-skincare-products-clean-1138.csv');
