import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

const require = createRequire(import.meta.url);

describe('spbe validate', () => {
  it('accepts valid records (JSON Lines)', async () => {
    const run = await spbe(['validate', 'audit-event', 'audit-events.jsonl', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ schema: 'audit-event', file: 'audit-events.jsonl', valid: 3, invalid: 0 });
  });

  it('reports every error of every record with its line and path (JSON Lines)', async () => {
    const run = await spbe(['validate', 'audit-event', 'audit-events-bad.jsonl', '--format', 'json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: 2, invalid: 2 });
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^audit-events-bad\.jsonl:2:1: category: /);
    expect(lines[1]).toMatch(/^audit-events-bad\.jsonl:3:1: timestamp: /);
    expect(lines[2]).toMatch(/^audit-events-bad\.jsonl:3:1: outcome: /);
  });

  it('reads CSV with dotted headers as nested fields and points at the bad cell', async () => {
    const run = await spbe(['validate', 'audit-event', 'audit-events.csv', '--format', 'table', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('audit-events.csv (audit-event): 2 invalid records, 1 valid\n');
    expect(run.stderr).toMatch(/^audit-events\.csv:3:2: category: /m);
    expect(run.stderr).toMatch(/^audit-events\.csv:4:10: source\.address: /m);
  });

  it('reports an unknown schema as a usage error naming the choices', async () => {
    const run = await spbe(['validate', 'aplikasi', 'audit-events.jsonl', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spbe: Unknown schema: "aplikasi"\. Choose one of: .*audit-event/);
  });
});

describe('spbe schemas', () => {
  it('lists the schemas of @spbe-kit/models', async () => {
    const run = await spbe(['schemas', '--format', 'json']);
    expect(run.code).toBe(0);
    const names = (JSON.parse(run.stdout) as { name: string }[]).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['application', 'assessment', 'audit-event', 'dataset-metadata']));
  });

  it('prints one JSON Schema exactly as the models package publishes it', async () => {
    const run = await spbe(['schemas', 'audit-event']);
    expect(run.code).toBe(0);
    const published = readFileSync(
      path.join(path.dirname(require.resolve('@spbe-kit/models/package.json')), 'schemas', 'audit-event.json'),
      'utf8',
    );
    expect(run.stdout).toBe(published);
    expect(JSON.parse(run.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });

  it('writes the JSON Schemas to a directory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-schemas-'));
    try {
      const run = await spbe(['schemas', '--out', dir, '--quiet']);
      expect(run.code).toBe(0);
      expect(readdirSync(dir)).toEqual(expect.arrayContaining(['audit-event.json', 'assessment.json']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('spbe completion', () => {
  it('writes a bash script that bash accepts and that completes commands and options', async () => {
    const run = await spbe(['completion', 'bash']);
    expect(run.code).toBe(0);
    const complete = (words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          `${run.stdout}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _spbe_completion; echo "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8' },
      ).trim();
    expect(complete(['spbe', 'wil'])).toBe('wilayah');
    expect(complete(['spbe', 'index', '--form'])).toBe('--format');
    expect(complete(['spbe', 'audit', 'verify-b'])).toBe('verify-bundle');
  });

  it('writes zsh and fish scripts', async () => {
    expect((await spbe(['completion', 'zsh'])).stdout).toContain('bashcompinit');
    expect((await spbe(['completion', 'fish'])).stdout).toContain(
      "complete -c spbe -n '__fish_use_subcommand' -a 'index'",
    );
    expect((await spbe(['completion', 'tcsh'])).code).toBe(2);
  });
});
