/**
 * Parses RFC 4180 CSV (comma or semicolon separated, quoted fields, CRLF or LF) into rows of strings.
 * The separator is the one the header line uses: spreadsheets in Indonesian locales write semicolons.
 * @example
 * parseCsv('id,name\nAPP-1,"SRIKANDI, kearsipan"'); // [['id', 'name'], ['APP-1', 'SRIKANDI, kearsipan']]
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Turns a CSV row into an object: `owner.name` becomes `{ owner: { name } }`, a column ending in `[]` is a
 * `;`- or `|`-separated list (an empty cell: an empty list), `true`/`false` become booleans, numbers in numeric
 * columns become numbers, and other empty cells are left out (so optional fields stay absent).
 */
export function rowToObject(
  header: readonly string[],
  cells: readonly string[],
  numericColumns: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  header.forEach((rawName, index) => {
    const raw = (cells[index] ?? '').trim();
    const isList = rawName.endsWith('[]');
    // An empty list column is an empty list (a required list such as referenceCodes[] may be empty).
    if (raw === '' && !(isList && index < cells.length)) return;
    const name = rawName.replace(/\[\]$/, '').trim();
    let value: unknown = raw;
    if (isList)
      value = raw
        .split(/[|;]/)
        .map((part) => part.trim())
        .filter(Boolean);
    else if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (numericColumns.has(name) && /^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    const path = name.split('.');
    // A hostile header must not reach the prototype or turn a value into a container.
    if (path.some((part) => part === '' || forbiddenKeys.has(part))) return;
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(target, part) ? target[part] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null || Array.isArray(next))) return;
      if (next === undefined) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = value;
  });
  return result;
}
