import type { Locale, LocalizedText } from '@spbe-kit/models';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { CommandContext, type GlobalOptions } from '../context.js';

/** Shared by every command while the program is built and run. */
export interface Setup {
  readonly io: CliIo;
  /** The language chosen on the command line (known before parsing, so help is in it too). */
  readonly locale: Locale;
  /** A text in the chosen language. */
  text(this: void, text: LocalizedText): string;
  /** An "Examples:" help section. */
  examples(lines: readonly (readonly [string, LocalizedText])[]): string;
  /** Wraps a command's action: builds its context from the global options and records its exit code. */
  // Commander passes untyped arguments; each command names the types it declared.
  action(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    handler: (context: CommandContext, ...args: any[]) => Promise<void> | void,
  ): (...args: unknown[]) => Promise<void>;
  /** The context of the command that ran, once it ran. */
  readonly ran: { context: CommandContext | undefined };
}

/** Adds one command to the program. */
export type CommandSetup = (program: Command, setup: Setup) => void;

/** Reads the global options of a parsed command. */
function globalOptionsOf(command: Command, locale: Locale): GlobalOptions {
  const options = command.optsWithGlobals<{
    quiet?: boolean;
    json?: boolean;
    keepGoing?: boolean;
    debug?: boolean;
    color?: boolean;
  }>();
  return {
    lang: locale,
    quiet: options.quiet === true,
    json: options.json === true,
    keepGoing: options.keepGoing === true,
    debug: options.debug === true,
    color: options.color !== false,
  };
}

/** Builds the {@link Setup} for one run. */
export function createSetup(io: CliIo, locale: Locale): Setup {
  const text = (value: LocalizedText) => (locale === 'en' ? value.en : value.id);
  const ran: { context: CommandContext | undefined } = { context: undefined };
  return {
    io,
    locale,
    text,
    ran,
    examples(lines) {
      const width = Math.max(...lines.map(([command]) => command.length));
      const body = lines.map(([command, note]) => `  $ ${command.padEnd(width)}  # ${text(note)}`).join('\n');
      return `\n${text({ id: 'Contoh:', en: 'Examples:' })}\n${body}\n`;
    },
    action(handler) {
      return async (...args: unknown[]) => {
        const command = args[args.length - 1] as Command;
        const context = new CommandContext(io, globalOptionsOf(command, locale));
        ran.context = context;
        await handler(context, ...args.slice(0, -1));
      };
    },
  };
}
