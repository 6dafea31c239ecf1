import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ReportData } from '../html/report-data.js';
import { formatOf, reportBlocks } from './document-blocks.js';
import { drawRadar, drawTrend } from './pdf-charts.js';
import { pdfSafeText } from './pdf-text.js';
import { cellText, type ReportBlock, type ReportCell, type ReportColumn } from './report-blocks.js';

/** Options of {@link renderPdfReport}. */
export interface PdfReportOptions {
  /**
   * The creation date written into the file. Left out, it is the Unix epoch (1970-01-01T00:00:00Z), the
   * reproducible-builds convention for "no date": the same input then always gives the same bytes (the
   * file identifier is derived from the title and this date).
   */
  readonly creationDate?: Date;
}

const MARGIN = 42;
const INK = '#1d2733';
const MUTED = '#5b6776';
const LINE = '#d5dbe3';
const PAD = 3;
const BODY_SIZE = 9;
const TABLE_SIZE = 8;

/** This module's own file, in the ESM build and in the CommonJS build alike. */
function hereFile(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** DejaVu Sans (regular and bold): it covers Indonesian and the arrows, dashes and quotes the report uses. */
function fontFiles(): { regular: string; bold: string } {
  const require = createRequire(hereFile());
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

type Doc = PDFKit.PDFDocument;

class PdfWriter {
  /**
   * `regular` is the path the document was opened with: PDFKit caches a font under the name it is
   * asked by, and a second name for the same file would parse the whole font again at every switch.
   */
  constructor(
    private readonly doc: Doc,
    private readonly regular: string,
  ) {}

  private font(bold: boolean): Doc {
    return this.doc.font(bold ? 'bold' : this.regular);
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 17 : level === 2 ? 14 : 11;
    this.font(true).fontSize(size);
    // A heading never ends a page: keep room for a few lines under it.
    this.ensure(this.doc.heightOfString(text, { width: this.width }) + 40);
    if (level > 1) this.doc.moveDown(level === 2 ? 0.4 : 0.6);
    this.doc.fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    if (level === 2) {
      const y = this.doc.y + 1;
      this.doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + this.width, y)
        .lineWidth(1.5)
        .strokeColor('#1f5fa8')
        .stroke();
      this.doc.y = y + 4;
    } else this.doc.moveDown(0.2);
  }

  paragraph(text: string, style: 'muted' | 'note' | 'headline' | undefined): void {
    const size = style === 'headline' ? 13 : style === 'note' ? 7.5 : BODY_SIZE;
    this.font(style === 'headline')
      .fontSize(size)
      .fillColor(style === 'muted' || style === 'note' ? MUTED : INK);
    this.ensure(this.doc.heightOfString(text, { width: this.width }));
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.4);
  }

  private widths(columns: readonly ReportColumn[]): number[] {
    const total = columns.reduce((sum, item) => sum + item.width, 0);
    return columns.map((item) => (this.width * item.width) / total);
  }

  private rowHeight(cells: readonly ReportCell[], widths: readonly number[]): number {
    return Math.max(
      ...cells.map((cell, index) => {
        this.font(typeof cell !== 'string' && cell.bold === true).fontSize(TABLE_SIZE);
        const indent = typeof cell !== 'string' && cell.indent ? 8 : 0;
        return this.doc.heightOfString(cellText(cell) || ' ', { width: widths[index]! - 2 * PAD - indent });
      }),
    );
  }

  private row(
    cells: readonly ReportCell[],
    columns: readonly ReportColumn[],
    widths: readonly number[],
    header: boolean,
    textHeight: number,
  ) {
    const height = textHeight + 2 * PAD;
    const top = this.doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      const bold = header || (typeof cell !== 'string' && cell.bold === true);
      const indent = typeof cell !== 'string' && cell.indent ? 8 : 0;
      this.font(bold)
        .fontSize(TABLE_SIZE)
        .fillColor(header ? MUTED : INK)
        .text(cellText(cell), x + PAD + indent, top + PAD, {
          width: widths[index]! - 2 * PAD - indent,
          align: columns[index]!.align,
        });
      x += widths[index]!;
    });
    this.doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + this.width, top + height)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    this.doc.y = top + height;
    return height;
  }

  table(columns: readonly ReportColumn[], rows: readonly ReportCell[][]): void {
    const widths = this.widths(columns);
    const headers = columns.map((item) => item.header);
    const hasHeader = headers.some((header) => header !== '');
    const headerHeight = hasHeader ? this.rowHeight(headers, widths) : 0;
    const header = () => {
      if (hasHeader) this.row(headers, columns, widths, true, headerHeight);
    };
    // Each row is measured once: laying out text is the slow part of making a PDF.
    const heights = rows.map((cells) => this.rowHeight(cells, widths));
    this.ensure(headerHeight + (heights[0] ?? 0) + 4 * PAD);
    header();
    rows.forEach((cells, index) => {
      if (this.doc.y + heights[index]! + 2 * PAD > this.bottom) {
        this.doc.addPage();
        header();
      }
      this.row(cells, columns, widths, false, heights[index]!);
    });
    this.doc.moveDown(0.6);
  }

  caption(text: string): void {
    this.font(false).fontSize(7.5).fillColor(MUTED).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5);
  }

  block(block: ReportBlock, label: (value: number) => string): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.text);
      case 'paragraph':
        return this.paragraph(block.text, block.style);
      case 'table':
        return this.table(block.columns, block.rows);
      case 'radar': {
        const size = 230;
        this.ensure(size + 20);
        this.doc.y += drawRadar(this.doc, block.axes, MARGIN + (this.width - size) / 2, this.doc.y, size);
        return this.caption(block.caption);
      }
      case 'trend': {
        const height = 130;
        this.ensure(height + 20);
        const box = { x: MARGIN, y: this.doc.y, width: this.width, height };
        this.doc.y += drawTrend(this.doc, block.points, box, label);
        return this.caption(block.caption);
      }
      case 'pageBreak':
        this.doc.addPage();
        return;
    }
  }

  /** "Halaman 2 / 5" at the foot of every page. */
  pageNumbers(word: string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.font(false)
        .fontSize(7)
        .fillColor(MUTED)
        .text(`${word} ${index + 1} / ${range.count}`, MARGIN, this.doc.page.height - bottom + 12, {
          width: this.width,
          align: 'right',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
  }
}

function safeBlock(block: ReportBlock): ReportBlock {
  const safeCell = (cell: ReportCell): ReportCell =>
    typeof cell === 'string' ? pdfSafeText(cell) : { ...cell, text: pdfSafeText(cell.text) };
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: pdfSafeText(block.text) };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((item) => ({ ...item, header: pdfSafeText(item.header) })),
        rows: block.rows.map((cells) => cells.map(safeCell)),
      };
    case 'radar':
      return {
        ...block,
        caption: pdfSafeText(block.caption),
        axes: block.axes.map((axis) => ({ ...axis, label: pdfSafeText(axis.label) })),
      };
    case 'trend':
      return { ...block, caption: pdfSafeText(block.caption) };
    case 'pageBreak':
      return block;
  }
}

/**
 * The report as a PDF (A4, DejaVu Sans embedded), with the same content as the HTML report: made by
 * PDFKit without a browser. Deterministic: the same data and options give the same bytes.
 */
export async function renderPdfReport(data: ReportData, options: PdfReportOptions = {}): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = fontFiles();
  const f = formatOf(data);
  const title = pdfSafeText(data.title);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    font: fonts.regular,
    bufferPages: true,
    lang: data.locale,
    displayTitle: true,
    info: {
      Title: title,
      Creator: 'spbe-kit',
      Producer: 'spbe-kit (PDFKit)',
      // PDFKit derives the file identifier from this date: a fixed one keeps the output reproducible.
      CreationDate: options.creationDate ?? new Date(0),
    },
  });
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc, fonts.regular);
  for (const block of reportBlocks({ ...data, title })) writer.block(safeBlock(block), (value) => f.fixed(value));
  writer.pageNumbers(f.t({ id: 'Halaman', en: 'Page' }));
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
