import type { IssuePath, LocalizedText } from '@spbe-kit/models';
import { AuditError } from '../errors.js';

/**
 * The codes a {@link WitnessError} carries. Each refusal of a witness maps to the HTTP status the C2SP
 * tlog-witness specification names for it (see {@link witnessStatus}).
 */
export type WitnessErrorCode =
  | 'witness.malformed_request'
  | 'witness.old_size_too_large'
  | 'witness.unknown_log'
  | 'witness.untrusted_checkpoint'
  | 'witness.size_conflict'
  | 'witness.bad_empty_root'
  | 'witness.unexpected_proof'
  | 'witness.inconsistent'
  | 'witness.invalid_key'
  | 'witness.invalid_policy'
  | 'witness.bad_cosignature'
  | 'witness.quorum_not_met'
  | 'witness.request_failed'
  | 'witness.state_failed';

const witnessErrorMarker = Symbol.for('spbe-kit.error.WitnessError');

const STATUS: Readonly<Record<WitnessErrorCode, number>> = {
  'witness.malformed_request': 400,
  'witness.old_size_too_large': 400,
  'witness.unknown_log': 404,
  'witness.untrusted_checkpoint': 403,
  'witness.size_conflict': 409,
  'witness.bad_empty_root': 422,
  'witness.unexpected_proof': 422,
  'witness.inconsistent': 422,
  'witness.invalid_key': 500,
  'witness.invalid_policy': 500,
  'witness.bad_cosignature': 403,
  'witness.quorum_not_met': 403,
  'witness.request_failed': 502,
  'witness.state_failed': 500,
};

/**
 * The HTTP status of a witness refusal (C2SP tlog-witness): 400 malformed or old size above the
 * checkpoint, 403 no trusted log signature, 404 unknown origin, 409 old size not the last cosigned
 * size, 422 inconsistent checkpoint.
 *
 * @example
 * ```ts
 * import { witnessStatus } from '@spbe-kit/audit';
 * witnessStatus('witness.inconsistent'); // 422
 * ```
 */
export function witnessStatus(code: WitnessErrorCode): number {
  return STATUS[code];
}

/**
 * A refusal by a witness, or a witness policy that a checkpoint does not meet. `status` is the HTTP
 * status of the C2SP tlog-witness protocol; on a 409 `currentSize` is the size the witness last
 * cosigned.
 *
 * @example
 * ```ts
 * import { WitnessError } from '@spbe-kit/audit';
 * const error = new WitnessError('witness.size_conflict', { id: 'Ukuran lama salah', en: 'Wrong old size' }, { currentSize: 8n });
 * error.status; // 409
 * ```
 */
export class WitnessError extends AuditError {
  private readonly [witnessErrorMarker] = true;

  /** Whether `value` is a {@link WitnessError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is WitnessError {
    return AuditError.hasMarker(value, witnessErrorMarker);
  }

  /** The HTTP status the tlog-witness protocol answers with. */
  readonly status: number;
  /** On `witness.size_conflict`: the size of the latest checkpoint the witness cosigned. */
  readonly currentSize?: bigint;

  declare readonly code: WitnessErrorCode;

  constructor(
    code: WitnessErrorCode,
    messages: LocalizedText,
    options: { readonly path?: IssuePath; readonly cause?: unknown; readonly currentSize?: bigint } = {},
  ) {
    super(code, messages, options);
    this.status = witnessStatus(code);
    if (options.currentSize !== undefined) this.currentSize = options.currentSize;
  }
}

export function witnessError(
  code: WitnessErrorCode,
  messages: LocalizedText,
  options: { readonly path?: IssuePath; readonly cause?: unknown; readonly currentSize?: bigint } = {},
): WitnessError {
  return new WitnessError(code, messages, options);
}
