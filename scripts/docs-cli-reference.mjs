// The CLI reference of the guides, generated from the command definitions themselves: the `spbe` program
// is built in each language exactly as `run` builds it (`createProgram` with every command loaded), then
// every command and subcommand is walked for its usage, description, arguments, options (with their
// choices and defaults) and the examples of its help. Used by scripts/docs-generate.mjs for the section
//   <!-- generated:cli-reference -->  …  <!-- /generated -->
// of docs/guides/{id,en}/cli-reference.md.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './workspace.mjs';

const cli = path.join(root, 'packages', 'cli');

/**
 * `createProgram` and `createSetup` from the CLI's source, bundled into one module (the lazily loaded
 * command modules included) next to the package, so its dependencies resolve as the package's own.
 */
async function loadProgramModule() {
  const outdir = path.join(cli, 'node_modules', '.cache', 'docs-cli-reference');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'program.mjs');
  await build({
    stdin: {
      contents: `export { createProgram } from './src/program.ts';\nexport { createSetup } from './src/commands/command-setup.ts';\n`,
      resolveDir: cli,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

const words = {
  id: {
    usage: 'Pemakaian',
    arguments: 'Argumen',
    options: 'Opsi',
    globalOptions: 'Opsi umum (berlaku untuk setiap perintah)',
    commands: 'Perintah',
    subcommands: 'Subperintah',
    name: 'Nama',
    option: 'Opsi',
    meaning: 'Arti',
    default: 'Bawaan',
    choices: 'salah satu dari',
    required: 'wajib',
    optional: 'opsional',
    repeatable: 'dapat diberikan lebih dari sekali',
    examples: 'Contoh dan catatan dari `--help`',
    generated:
      'Bagian ini dibuat otomatis dari definisi perintah `spbe` (`createProgram` di `packages/cli/src/program.ts`) dengan `--lang id`; `spbe <perintah> --help` menampilkan teks yang sama.',
  },
  en: {
    usage: 'Usage',
    arguments: 'Arguments',
    options: 'Options',
    globalOptions: 'Global options (accepted by every command)',
    commands: 'Commands',
    subcommands: 'Subcommands',
    name: 'Name',
    option: 'Option',
    meaning: 'Meaning',
    default: 'Default',
    choices: 'one of',
    required: 'required',
    optional: 'optional',
    repeatable: 'may be given more than once',
    examples: 'Examples and notes from `--help`',
    generated:
      'This section is generated from the definitions of the `spbe` command (`createProgram` in `packages/cli/src/program.ts`) with `--lang en`; `spbe <command> --help` shows the same text.',
  },
};

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** Prose from a command definition: `<name>` would be read as an HTML tag by the site's Markdown. */
const prose = (text) =>
  String(text ?? '')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const code = (text) => (String(text).includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** A default value as the reader would type it. */
function formatDefault(option) {
  if (option.defaultValueDescription) return option.defaultValueDescription;
  const value = option.defaultValue;
  if (value === undefined || option.negate) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : code(value.join(','));
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? code(value) : '';
}

function optionRows(options, w) {
  const rows = [];
  for (const option of options.filter((o) => !o.hidden)) {
    const notes = [];
    if (option.argChoices) notes.push(`${w.choices} ${option.argChoices.map(code).join(', ')}`);
    if (option.mandatory) notes.push(w.required);
    if (option.variadic) notes.push(w.repeatable);
    const meaning = [prose(option.description), ...notes].filter(Boolean).join('; ');
    rows.push([code(option.flags), meaning, formatDefault(option)]);
  }
  return rows;
}

function argumentRows(command, w) {
  return command.registeredArguments.map((argument) => {
    const name = `${argument.required ? '<' : '['}${argument.name()}${argument.variadic ? '...' : ''}${argument.required ? '>' : ']'}`;
    const notes = [argument.required ? w.required : w.optional];
    if (argument.argChoices) notes.push(`${w.choices} ${argument.argChoices.map(code).join(', ')}`);
    const fallback =
      argument.defaultValueDescription ?? (argument.defaultValue === undefined ? '' : code(argument.defaultValue));
    return [code(name), [prose(argument.description), ...notes].filter(Boolean).join('; '), fallback];
  });
}

/** A Markdown table; the default column only when some row has a default (commander's own, not the prose's). */
function table(head, rows, w) {
  const withDefault = rows.some((row) => row[2]);
  const header = withDefault ? [head, w.meaning, w.default] : [head, w.meaning];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.slice(0, header.length).map(cell).join(' | ')} |`),
    '',
  ];
}

/** What `--help` prints after the generated part (`addHelpText('after', …)`): examples and notes. */
function afterHelp(command, captured) {
  captured.text = '';
  command.outputHelp();
  const help = command.helpInformation();
  const at = captured.text.indexOf(help);
  return (at < 0 ? '' : captured.text.slice(at + help.length)).trim();
}

function fullName(command) {
  const names = [];
  for (let c = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function renderCommand(command, depth, w, captured, lines) {
  const name = fullName(command);
  lines.push(`${'#'.repeat(depth)} \`${name}\``, '');
  if (command.description()) lines.push(prose(command.description()), '');
  lines.push(`**${w.usage}:** \`${name} ${command.usage()}\``, '');
  if (command.registeredArguments.length > 0) lines.push(...table(w.arguments, argumentRows(command, w), w));
  const visible = command.options.filter((o) => !o.hidden);
  if (visible.length > 0) lines.push(...table(w.option, optionRows(visible, w), w));
  const after = afterHelp(command, captured);
  if (after) lines.push(`${w.examples}:`, '', '```text', after, '```', '');
  const subcommands = command.commands.filter((c) => !c._hidden && c.name() !== 'help');
  if (subcommands.length > 0) {
    lines.push(
      `${w.subcommands}: ${subcommands.map((c) => `[\`${fullName(c)}\`](#${anchor(fullName(c))})`).join(', ')}.`,
      '',
    );
    for (const sub of subcommands) renderCommand(sub, depth + 1, w, captured, lines);
  }
}

/** The anchor VitePress gives a heading that is one code span (`spbe audit verify` → spbe-audit-verify). */
const anchor = (text) => text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/**
 * The generated CLI reference in one language, as Markdown.
 * @param {'id' | 'en'} lang
 * @returns {Promise<string>}
 */
export async function renderCliReference(lang) {
  const { createProgram, createSetup } = await loadProgramModule();
  const captured = { text: '' };
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured.text += chunk.toString();
      done();
    },
  });
  const io = { stdin: process.stdin, stdout: sink, stderr: sink, env: {}, cwd: root, columns: 120 };
  const program = await createProgram(createSetup(io, lang), []);
  const w = words[lang];
  const lines = [`_${w.generated}_`, ''];
  lines.push(`**${w.usage}:** \`spbe ${program.usage()}\``, '', prose(program.description()), '');
  lines.push(`## ${w.globalOptions}`, '');
  lines.push(...table(w.option, optionRows(program.options, w), w));
  const after = afterHelp(program, captured);
  if (after) lines.push(`${w.examples}:`, '', '```text', after, '```', '');
  const commands = program.commands.filter((c) => !c._hidden && c.name() !== 'help');
  lines.push(
    `## ${w.commands}`,
    '',
    ...commands.map((c) => `- [\`spbe ${c.name()}\`](#${anchor(fullName(c))}) — ${cell(prose(c.description()))}`),
    '',
  );
  for (const command of commands) renderCommand(command, 2, w, captured, lines);
  return lines.join('\n').trimEnd();
}
