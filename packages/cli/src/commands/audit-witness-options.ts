import type { WitnessPolicy } from '@spbe-kit/audit';
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../errors/cli-error.js';
import type { Setup } from './command-setup.js';

/** The witness-policy flags of the `spbe audit` verifiers. */
export interface WitnessPolicyFlags {
  /** Cosigner verifier keys of trusted witnesses. */
  readonly witnessKey?: string[];
  /** How many of them must have cosigned (default: all). */
  readonly quorum?: number;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^[1-9]\d*$/.test(value) || !Number.isSafeInteger(number))
    throw new InvalidArgumentError('expected a positive integer');
  return number;
}

/** Adds `--witness-key <vkey...>` and `--quorum <n>` to a verifying command. */
export function addWitnessPolicyOptions(command: Command, setup: Setup): Command {
  return command
    .option(
      '--witness-key <vkey...>',
      setup.text({
        id: 'kunci publik saksi (cosignature/v1); checkpoint harus di-cosign oleh mereka',
        en: 'witness public keys (cosignature/v1); the checkpoint must be cosigned by them',
      }),
    )
    .option(
      '--quorum <n>',
      setup.text({
        id: 'berapa saksi yang harus meng-cosign (bawaan: semua)',
        en: 'how many witnesses must have cosigned (default: all)',
      }),
      positiveInteger,
    );
}

/** The witness policy the flags describe, or `undefined` without `--witness-key`. */
export function witnessPolicyOf(flags: WitnessPolicyFlags): WitnessPolicy | undefined {
  const keys = flags.witnessKey ?? [];
  if (keys.length === 0) {
    if (flags.quorum !== undefined)
      throw new UsageError('cli.audit_quorum_without_witness', {
        id: '--quorum perlu --witness-key',
        en: '--quorum needs --witness-key',
      });
    return undefined;
  }
  const quorum = flags.quorum ?? keys.length;
  if (quorum > keys.length)
    throw new UsageError('cli.audit_quorum_too_large', {
      id: `--quorum ${quorum} lebih besar dari jumlah --witness-key (${keys.length})`,
      en: `--quorum ${quorum} is larger than the number of --witness-key (${keys.length})`,
    });
  return { witnessKeys: keys, quorum };
}
