import type { CommandContext } from '../context.js';

/** Prints `value` as JSON with `--json`, otherwise `text`. */
export function writeJsonOrText(context: CommandContext, value: unknown, text: string): void {
  context.io.stdout.write(context.options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}
