// Runs a guide as a new user would: its shell blocks command by command and its runnable code blocks
// saved under the file names the guide gives (`ts run` → index.mjs, `js run` → index.cjs), in an empty
// project whose npm talks to the given registry. The values a `console.log(...) // expected` line
// promises must appear in what the block printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const fence = /^```(\w+)([^\n]*)\n([\s\S]*?)^```\s*$/gm;

/**
 * The blocks of a guide, in order, that a reader runs.
 * @param {string} file a Markdown guide
 * @param {string} kind which shell blocks: `''` for the ordinary ones, or a flag such as `prerelease`;
 *   the runnable code blocks come with either
 */
export function runnableBlocks(file, kind = '') {
  const text = readFileSync(file, 'utf8');
  const blocks = [];
  for (const match of text.matchAll(fence)) {
    const [, lang, info, body] = match;
    const flags = info.trim().split(/\s+/).filter(Boolean);
    const line = text.slice(0, match.index).split('\n').length;
    const where = `${file}:${line}`;
    if (flags.includes('fragment')) continue;
    if (lang === 'sh' || lang === 'bash') {
      const wanted = kind === '' ? flags.length === 0 : flags.includes(kind);
      if (wanted) blocks.push({ kind: 'shell', body, where });
    } else if ((lang === 'ts' || lang === 'js') && flags.includes('run')) {
      blocks.push({ kind: lang === 'ts' ? 'esm' : 'commonjs', body, where });
    }
  }
  return blocks;
}

/** What a block promises to print: the trailing comments of its `console.log` lines. */
function promisedOutput(body) {
  return [...body.matchAll(/console\.log\(.*\);\s*\/\/\s*(.+)$/gm)].map((match) => match[1].trim());
}

/** The environment of a user's shell whose npm uses `npmrc`: none of the caller's npm settings. */
function userEnvironment(npmrc, cache) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^pnpm_/i.test(key)));
  return {
    ...env,
    npm_config_userconfig: npmrc,
    npm_config_cache: cache,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

/**
 * Runs `blocks` in `project` (created empty). Returns the problems found, one string each.
 * @param {{ project: string, npmrc: string, cache: string }} where
 */
export function runGuideBlocks(blocks, { project, npmrc, cache }) {
  mkdirSync(project, { recursive: true });
  const env = userEnvironment(npmrc, cache);
  const problems = [];
  for (const block of blocks) {
    let run;
    if (block.kind === 'shell') {
      run = spawnSync('bash', ['-euo', 'pipefail', '-c', block.body], {
        cwd: project,
        env,
        encoding: 'utf8',
        timeout: 300_000,
      });
    } else {
      const file = path.join(project, block.kind === 'esm' ? 'index.mjs' : 'index.cjs');
      writeFileSync(file, block.body);
      run = spawnSync(process.execPath, [file], { cwd: project, env, encoding: 'utf8', timeout: 60_000 });
    }
    if (run.status !== 0) {
      problems.push(`${block.where}: exited ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`);
      break;
    }
    for (const expected of promisedOutput(block.body))
      if (!run.stdout.includes(expected))
        problems.push(`${block.where}: expected the output to show "${expected}", it printed:\n${run.stdout}`);
  }
  return problems;
}
