import type { LocalizedText } from '@spbe-kit/models';

/** One commander error message pattern and its text in both languages. */
interface UsagePattern {
  readonly code: string;
  readonly pattern: RegExp;
  readonly text: (match: RegExpExecArray) => LocalizedText;
}

const patterns: readonly UsagePattern[] = [
  {
    code: 'commander.unknownOption',
    pattern: /unknown option '([^']*)'/,
    text: ([, option]) => ({ id: `opsi tidak dikenal: ${option}`, en: `unknown option: ${option}` }),
  },
  {
    code: 'commander.unknownCommand',
    pattern: /unknown command '([^']*)'/,
    text: ([, command]) => ({ id: `perintah tidak dikenal: ${command}`, en: `unknown command: ${command}` }),
  },
  {
    code: 'commander.missingArgument',
    pattern: /missing required argument '([^']*)'/,
    text: ([, argument]) => ({ id: `argumen <${argument}> wajib diisi`, en: `missing argument <${argument}>` }),
  },
  {
    code: 'commander.optionMissingArgument',
    pattern: /option '([^']*)' argument missing/,
    text: ([, option]) => ({ id: `opsi ${option} memerlukan nilai`, en: `option ${option} needs a value` }),
  },
  {
    code: 'commander.missingMandatoryOptionValue',
    pattern: /required option '([^']*)' not specified/,
    text: ([, option]) => ({ id: `opsi ${option} wajib diisi`, en: `option ${option} is required` }),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/,
    text: ([, option, value, choices]) => ({
      id: `opsi ${option}: "${value}" bukan pilihan yang sah; pilih salah satu: ${choices}`,
      en: `option ${option}: "${value}" is not a valid choice; choose one of: ${choices}`,
    }),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/,
    text: ([, value, argument, choices]) => ({
      id: `argumen <${argument}>: "${value}" bukan pilihan yang sah; pilih salah satu: ${choices}`,
      en: `argument <${argument}>: "${value}" is not a valid choice; choose one of: ${choices}`,
    }),
  },
  {
    code: 'commander.invalidArgument',
    pattern: /option '([^']*)' argument '([^']*)' is invalid\. (.*)$/,
    text: ([, option, value, reason]) => ({
      id: `opsi ${option}: nilai "${value}" tidak sah (${reason})`,
      en: `option ${option}: "${value}" is not valid (${reason})`,
    }),
  },
  {
    code: 'commander.excessArguments',
    pattern: /too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    text: ([, command, expected, got]) => ({
      id: `terlalu banyak argumen${command ? ` untuk ${command}` : ''}: diharapkan ${expected}, diberikan ${got}`,
      en: `too many arguments${command ? ` for ${command}` : ''}: expected ${expected}, got ${got}`,
    }),
  },
  {
    code: 'commander.conflictingOption',
    pattern: /option '([^']*)' cannot be used with option '([^']*)'/,
    text: ([, first, second]) => ({
      id: `opsi ${first} tidak dapat dipakai bersama ${second}`,
      en: `option ${first} cannot be used with ${second}`,
    }),
  },
];

const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/;

/**
 * The usage error commander raised, in both languages, naming the option, argument or command.
 * Commander writes its messages in English only; the `spbe` command suppresses them and prints this
 * instead. An unknown message is kept as commander wrote it.
 */
export function usageMessage(code: string, message: string): LocalizedText {
  const firstLine = message.replace(/^error: /, '').split('\n')[0] ?? '';
  for (const entry of patterns) {
    if (entry.code !== code) continue;
    const match = entry.pattern.exec(firstLine);
    if (!match) continue;
    const text = entry.text(match);
    const hint = suggestion.exec(message);
    if (!hint) return text;
    return { id: `${text.id} (maksudnya ${hint[1]}?)`, en: `${text.en} (did you mean ${hint[1]}?)` };
  }
  return { id: firstLine, en: firstLine };
}
