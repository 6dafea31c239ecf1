import type { Command } from 'commander';
import type { Setup } from './command-setup.js';

/** Adds the options that name a log (`--store` or `--db`, origin, keys) to an `spbe audit` subcommand. */
export function addLogOptions(command: Command, setup: Setup, signing: boolean): Command {
  command
    .option('--store <dir>', setup.text({ id: 'direktori log (penyimpanan berkas)', en: 'log directory (file store)' }))
    .option(
      '--db <url>',
      setup.text({ id: 'log di PostgreSQL (postgres://…)', en: 'log in PostgreSQL (postgres://…)' }),
    )
    .option(
      '--db-schema <schema>',
      setup.text({
        id: 'skema PostgreSQL log (bawaan spbe_audit)',
        en: 'PostgreSQL schema of the log (default spbe_audit)',
      }),
    )
    .option(
      '--origin <origin>',
      setup.text({ id: 'origin log (atau SPBE_AUDIT_ORIGIN)', en: 'log origin (or SPBE_AUDIT_ORIGIN)' }),
    )
    .option(
      '--signer-key-file <file>',
      setup.text({
        id: 'berkas kunci penanda tangan (atau SPBE_AUDIT_SIGNER_KEY)',
        en: 'signer key file (or SPBE_AUDIT_SIGNER_KEY)',
      }),
    );
  if (!signing)
    command.option(
      '--key <vkey>',
      setup.text({ id: 'kunci publik log; cukup untuk membaca', en: "the log's public key; enough to read" }),
    );
  return command;
}
