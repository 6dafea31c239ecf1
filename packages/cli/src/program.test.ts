import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { createSetup } from './commands/command-setup.js';
import { asksProgramHelpOnly, commandsToLoad, createProgram } from './program.js';

const all = [
  'index',
  'explain',
  'plan',
  'compare',
  'summarize',
  'validate',
  'schemas',
  'wilayah',
  'report',
  'template',
  'audit',
  'completion',
];

describe('commandsToLoad (which command modules a command line needs)', () => {
  it('loads only the command that runs, also behind global options', () => {
    expect(commandsToLoad(['wilayah', '64.71'])).toEqual(['wilayah']);
    expect(commandsToLoad(['--lang', 'en', '--json', 'audit', 'verify', 'log'])).toEqual(['audit']);
    expect(commandsToLoad(['--lang=en', 'index', 'penilaian.csv'])).toEqual(['index']);
    expect(commandsToLoad(['help', 'plan'])).toEqual(['plan']);
  });

  it('loads nothing for the version and everything for the help, completion and unknown commands', () => {
    expect(commandsToLoad(['--version'])).toEqual([]);
    expect(commandsToLoad(['-V'])).toEqual([]);
    expect(commandsToLoad([])).toEqual(all);
    expect(commandsToLoad(['--help'])).toEqual(all);
    expect(commandsToLoad(['help'])).toEqual(all);
    expect(commandsToLoad(['completion', 'bash'])).toEqual(all);
    expect(commandsToLoad(['wilayha', '64.71'])).toEqual(all);
    // `--lang` takes the next word as its value, even when it looks like a command.
    expect(commandsToLoad(['--lang', 'index'])).toEqual(all);
  });

  it('always answers nothing, one known command or all of them, whatever the arguments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...all, 'help', '--lang', '-V', '--', '-q'), fc.string())),
        (argv) => {
          const loaded = commandsToLoad(argv);
          expect(
            loaded.length === 0 || loaded.length === all.length || (loaded.length === 1 && all.includes(loaded[0]!)),
          ).toBe(true);
        },
      ),
    );
  });
});

describe("the program's help without loading the commands", () => {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, cwd: '.' };

  it.each(['id', 'en'] as const)('lists every command as the commands themselves do (%s)', async (locale) => {
    const setup = createSetup(io, locale);
    // `completion` loads every command module; `--help` only their summaries.
    const full = await createProgram(setup, ['completion']);
    const summaries = await createProgram(setup, ['--help']);
    expect(summaries.commands.map((command) => command.name())).toEqual(all);
    expect(summaries.helpInformation()).toBe(full.helpInformation());
    expect(summaries.helpInformation()).toContain(locale === 'en' ? 'Print a shell completion script' : 'Cetak skrip');
  });

  it('is used for the program help only', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['--lang', 'en', '--help'], ['--lang', 'en', 'help', '-q']])
      expect(asksProgramHelpOnly(argv)).toBe(true);
    // An empty command line builds every command (the docs' CLI reference is generated from it).
    for (const argv of [
      [],
      ['--lang', 'en'],
      ['--version', '--help'],
      ['help', 'index'],
      ['index', '--help'],
      ['--lang', 'en', 'wilayah'],
      ['--', 'x'],
    ])
      expect(asksProgramHelpOnly(argv)).toBe(false);
  });
});
