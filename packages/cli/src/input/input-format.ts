/**
 * The input formats the command reads. `json` covers one object, an array of objects, or several
 * concatenated objects; `xlsx` is the assessment workbook of `spbe template`.
 */
export type InputFormat = 'json' | 'jsonl' | 'csv' | 'xlsx';

/** The format a file name implies, if its extension says. */
export function formatFromFileName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

/** The format the first characters of an input imply: JSON when it starts with `{` or `[`, CSV otherwise. */
export function formatFromContent(start: string): InputFormat {
  const first = start.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}
