import { benchGroup } from '../../../../bench-harness.ts';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readJsonLines } from './read-json-lines.js';

// 5,000 spbe-2020 assessments (47 levels each) in the three formats, read as 64 KiB chunks.
const COUNT = 5000;
const records = Array.from({ length: COUNT }, (_, i) => ({
  methodology: 'spbe-2020',
  agency: `Instansi ${i}`,
  year: 2024,
  levels: Object.fromEntries(Array.from({ length: 47 }, (_, n) => [String(n + 1), ((i + n) % 5) + 1])),
}));
const jsonLines = records.map((record) => JSON.stringify(record)).join('\n');
const jsonArray = JSON.stringify(records);
const csv = [
  ['methodology', 'agency', 'year', ...Array.from({ length: 47 }, (_, n) => String(n + 1))].join(','),
  ...records.map((record) =>
    [record.methodology, record.agency, record.year, ...Object.values(record.levels)].join(','),
  ),
].join('\n');

async function* chunks(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += 65_536) yield await Promise.resolve(text.slice(i, i + 65_536));
}

async function drain(items: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  for await (const _ of items) count++;
  return count;
}

benchGroup({
  group: `reading ${COUNT} assessments`,
  unit: 'records',
  rounds: 10,
  baseline: {
    name: 'baseline: split the whole text on newlines and JSON.parse each line',
    items: COUNT,
    run: () => {
      let count = 0;
      for (const line of jsonLines.split('\n')) if (JSON.parse(line)) count++;
      if (count !== COUNT) throw new TypeError('wrong count');
    },
  },
  candidates: [
    {
      name: 'readJsonLines (streamed, with positions)',
      items: COUNT,
      run: () => drain(readJsonLines('bench.jsonl', chunks(jsonLines))),
    },
    {
      name: 'readJson on an array (streamed scanner, with positions)',
      items: COUNT,
      run: () => drain(readJson('bench.json', chunks(jsonArray), { container: 'single' })),
    },
    {
      name: 'readCsv (csv-parse, streamed, with cell columns)',
      items: COUNT,
      run: () => drain(readCsv('bench.csv', chunks(csv))),
    },
  ],
});
