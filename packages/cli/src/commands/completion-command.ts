import { Argument, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';

/** Shells `spbe completion` writes a script for. */
type Shell = 'bash' | 'zsh' | 'fish';

interface CommandSummary {
  readonly path: readonly string[];
  readonly description: string;
  readonly options: readonly { readonly long: string; readonly description: string }[];
  readonly subcommands: readonly string[];
}

function summarize(command: Command, path: readonly string[], into: CommandSummary[]): void {
  const subcommands = command.commands.map((sub) => sub.name());
  into.push({
    path,
    description: command.description(),
    options: command.options
      .filter((option) => option.long !== undefined)
      .map((option) => ({ long: option.long!, description: option.description })),
    subcommands,
  });
  for (const sub of command.commands) summarize(sub, [...path, sub.name()], into);
}

function words(list: readonly string[]): string {
  return list.join(' ');
}

function bashScript(commands: readonly CommandSummary[]): string {
  const root = commands[0]!;
  const global = words([...root.options.map((option) => option.long), '--help']);
  const cases = commands
    .slice(1)
    .map(
      (command) =>
        `    "${command.path.join(' ')}") words="${words([...command.subcommands, ...command.options.map((option) => option.long)])}" ;;`,
    )
    .join('\n');
  return `# spbe shell completion for bash. Load it with: source <(spbe completion bash)
_spbe_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" words="" i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) if [[ -z "$path" ]]; then path="\${COMP_WORDS[i]}"; elif [[ "$path" == "audit" ]]; then path="$path \${COMP_WORDS[i]}"; fi ;;
    esac
  done
  case "$path" in
    "") words="${words(root.subcommands)} ${global}" ;;
${cases}
  esac
  if [[ -z "$path" || "$cur" == -* || "$words" != *--* ]]; then
    COMPREPLY=( $(compgen -W "$words ${global}" -- "$cur") )
  fi
  if [[ \${#COMPREPLY[@]} -eq 0 ]]; then COMPREPLY=( $(compgen -f -- "$cur") ); fi
}
complete -o default -F _spbe_completion spbe
`;
}

function zshScript(commands: readonly CommandSummary[]): string {
  return `# spbe shell completion for zsh. Load it with: source <(spbe completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bashScript(commands).split('\n').slice(1).join('\n')}`;
}

function fishEscape(text: string): string {
  return text.replaceAll("'", "\\'");
}

function fishScript(commands: readonly CommandSummary[]): string {
  const lines = [
    '# spbe shell completion for fish. Load it with: spbe completion fish | source',
    'complete -c spbe -f',
  ];
  const root = commands[0]!;
  for (const command of commands.slice(1)) {
    const parent = command.path.slice(0, -1);
    const name = command.path[command.path.length - 1]!;
    const condition = parent.length === 0 ? `__fish_use_subcommand` : `__fish_seen_subcommand_from ${parent.join(' ')}`;
    lines.push(`complete -c spbe -n '${condition}' -a '${name}' -d '${fishEscape(command.description)}'`);
    for (const option of command.options) {
      lines.push(
        `complete -c spbe -n '__fish_seen_subcommand_from ${name}' -l ${option.long.slice(2)} -d '${fishEscape(option.description)}'`,
      );
    }
  }
  for (const option of root.options)
    lines.push(`complete -c spbe -l ${option.long.slice(2)} -d '${fishEscape(option.description)}'`);
  return `${lines.join('\n')}\n`;
}

/** The completion script of a shell for a program. */
function completionScript(program: Command, shell: Shell): string {
  const commands: CommandSummary[] = [];
  summarize(program, [], commands);
  switch (shell) {
    case 'bash':
      return bashScript(commands);
    case 'zsh':
      return zshScript(commands);
    case 'fish':
      return fishScript(commands);
  }
}

/** Runs `spbe completion <shell>`. */
function completionCommand(context: CommandContext, program: Command, shell: Shell): void {
  context.io.stdout.write(completionScript(program, shell));
}

/** Registers `spbe completion`. */
export const registerCompletionCommand: CommandSetup = (program: Command, setup) => {
  program
    .command('completion')
    .addArgument(
      new Argument('<shell>', setup.text({ id: 'bash, zsh atau fish', en: 'bash, zsh or fish' })).choices([
        'bash',
        'zsh',
        'fish',
      ]),
    )
    .description(setup.text(commandSummary('completion').description))
    .addHelpText(
      'after',
      setup.examples([
        ['source <(spbe completion bash)', { id: 'bash, sesi ini', en: 'bash, this session' }],
        ['spbe completion zsh > ~/.zfunc/_spbe', { id: 'zsh', en: 'zsh' }],
        ['spbe completion fish | source', { id: 'fish', en: 'fish' }],
      ]),
    )
    .action(setup.action((context, shell: Shell) => completionCommand(context, program, shell)));
};
