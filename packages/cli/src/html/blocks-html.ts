import { cellText, type ReportBlock, type ReportCell, type ReportColumn } from '../report/report-blocks.js';
import { escapeHtml } from './escape-html.js';
import { radarChart } from './radar-chart.js';
import { trendChart } from './trend-chart.js';

function cellHtml(cell: ReportCell, column: ReportColumn | undefined, tag: 'td' | 'th'): string {
  const text = escapeHtml(cellText(cell)).replaceAll('\n', '<br>');
  const bold = typeof cell !== 'string' && cell.bold ? `<strong>${text}</strong>` : text;
  const indented = typeof cell !== 'string' && cell.indent ? `&emsp;${bold}` : bold;
  return `<${tag}${column?.align === 'right' ? ' class="num"' : ''}>${indented}</${tag}>`;
}

function blockHtml(block: ReportBlock, label: (value: number) => string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.style === undefined ? '' : ` class="${block.style}"`}>${escapeHtml(block.text)}</p>`;
    case 'table': {
      const header = block.columns.some((column) => column.header !== '')
        ? `<thead><tr>${block.columns.map((column) => cellHtml(column.header, column, 'th')).join('')}</tr></thead>`
        : '';
      const rows = block.rows
        .map((cells) => `<tr>${cells.map((cell, index) => cellHtml(cell, block.columns[index], 'td')).join('')}</tr>`)
        .join('');
      return `<table class="blocks">${header}<tbody>${rows}</tbody></table>`;
    }
    case 'radar':
      return `<figure>${radarChart(block.axes, { title: block.caption })}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'trend':
      return `<figure>${trendChart(block.points, block.caption, label)}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'pageBreak':
      return '';
  }
}

/** Report blocks as HTML (the sections the HTML report shows exactly as the PDF does). */
export function blocksHtml(
  blocks: readonly ReportBlock[],
  label: (value: number) => string = (value) => value.toFixed(2),
): string {
  return blocks.map((block) => blockHtml(block, label)).join('\n');
}
