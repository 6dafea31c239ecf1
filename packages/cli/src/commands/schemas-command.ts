import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { chooseOutputFormat } from '../output/output-format.js';
import { csvLine } from '../output/csv-text.js';
import { textTable, truncate } from '../output/text-table.js';
import { publishedSchemaText, schemaByName, schemaNames, schemaSummary } from '../schemas/published-schema.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import { addOutputOptions, type OutputFlags } from './common-options.js';

/** Options of `spbe schemas`. */
interface SchemasCommandOptions extends OutputFlags {
  /** Write every JSON Schema (or the one named) into this directory. */
  readonly out?: string;
}

/**
 * Runs `spbe schemas [name]`: lists the schemas, prints one JSON Schema, or writes them to `--out`.
 */
async function schemasCommand(
  context: CommandContext,
  name: string | undefined,
  options: SchemasCommandOptions,
): Promise<void> {
  if (name !== undefined) schemaByName(name);
  if (options.out !== undefined) {
    const directory = path.resolve(context.io.cwd, options.out);
    mkdirSync(directory, { recursive: true });
    const names = name === undefined ? schemaNames() : [name];
    for (const each of names) writeFileSync(path.join(directory, `${each}.json`), publishedSchemaText(each));
    context.info({
      id: `${names.length} skema JSON ditulis ke ${options.out}`,
      en: `${names.length} JSON Schemas written to ${options.out}`,
    });
    return;
  }
  if (name !== undefined) {
    await withDestination(context, options.output, (destination) => {
      destination.write(publishedSchemaText(name));
      return Promise.resolve();
    });
    return;
  }
  const rows = schemaNames().map((each) => ({ name: each, ...schemaSummary(each) }));
  await withDestination(context, options.output, (destination, toTerminal) => {
    const format = chooseOutputFormat(options.format, context.options.json, toTerminal);
    switch (format) {
      case 'json':
        destination.write(`${JSON.stringify(rows, null, 2)}\n`);
        break;
      case 'jsonl':
        for (const row of rows) destination.write(`${JSON.stringify(row)}\n`);
        break;
      case 'csv':
        destination.write(
          csvLine(['name', 'title', 'description']) +
            rows.map((row) => csvLine([row.name, row.title, row.description])).join(''),
        );
        break;
      case 'table': {
        const c = context.colors;
        const width = Math.max(20, context.columns - 34);
        destination.write(
          `${textTable(rows.map((row) => [c.bold(row.name), truncate(row.description || (row.title === row.name ? '' : row.title), width)]))}\n`,
        );
        break;
      }
    }
    return Promise.resolve();
  });
}

/** Registers `spbe schemas`. */
export const registerSchemasCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('schemas')
    .argument('[name]', setup.text({ id: 'satu skema: cetak skema JSON-nya', en: 'one schema: print its JSON Schema' }))
    .description(setup.text(commandSummary('schemas').description))
    .option(
      '--out <dir>',
      setup.text({ id: 'tulis <nama>.json ke direktori ini', en: 'write <name>.json files into this directory' }),
    );
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe schemas', { id: 'daftar skema', en: 'list the schemas' }],
      ['spbe schemas application > application.json', { id: 'satu skema JSON', en: 'one JSON Schema' }],
      [
        'spbe schemas --out schemas/',
        { id: 'semua skema, mis. untuk validasi di PHP', en: 'every schema, e.g. for validation in PHP' },
      ],
    ]),
  );
  command.action(
    setup.action((context, name: string | undefined, options: SchemasCommandOptions) =>
      schemasCommand(context, name, options),
    ),
  );
};
