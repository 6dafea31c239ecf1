import { bench, describe } from 'vitest';
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

const options = { time: 1500, iterations: 5 };

describe(`reading ${COUNT} assessments`, () => {
  bench(
    'baseline: split the whole text on newlines and JSON.parse each line',
    () => {
      let count = 0;
      for (const line of jsonLines.split('\n')) if (JSON.parse(line)) count++;
      if (count !== COUNT) throw new TypeError('wrong count');
    },
    options,
  );
  bench(
    'readJsonLines (streamed, with positions)',
    async () => void (await drain(readJsonLines('bench.jsonl', chunks(jsonLines)))),
    options,
  );
  bench(
    'readJson on an array (streamed scanner, with positions)',
    async () => void (await drain(readJson('bench.json', chunks(jsonArray), { container: 'single' }))),
    options,
  );
  bench(
    'readCsv (csv-parse, streamed, with cell columns)',
    async () => void (await drain(readCsv('bench.csv', chunks(csv)))),
    options,
  );
});
