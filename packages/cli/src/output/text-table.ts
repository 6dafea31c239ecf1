// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Width of a text as shown on a terminal (colour codes take no room). */
function visibleWidth(text: string): number {
  return text.replace(ANSI, '').length;
}

/** Pads a (possibly coloured) text to a width, on the right or on the left. */
function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const room = Math.max(0, width - visibleWidth(text));
  return align === 'left' ? text + ' '.repeat(room) : ' '.repeat(room) + text;
}

/** Cuts a text to a width with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Lays rows out in aligned columns (two spaces between columns). `align` names each column's
 * alignment; numbers read best right-aligned.
 */
export function textTable(rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 && (align[i] ?? 'left') === 'left' ? cell : pad(cell, widths[i]!, align[i] ?? 'left'),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * An indicator name without the "Tingkat Kematangan" / "Maturity level of" that starts almost every
 * official name, for narrow terminal tables (reports and JSON keep the full name).
 */
export function shortIndicatorName(name: string): string {
  const short = name.replace(/^Tingkat Kematangan /, '').replace(/^Maturity level of (the )?/, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}
