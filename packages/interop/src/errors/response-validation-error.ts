import type { IssuePath, SpbeIssue } from '@spbe-kit/models';
import { InteropError, type CallDescription } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.ResponseValidationError');

/**
 * Options of {@link ResponseValidationError}.
 *
 * @example
 * ```ts
 * import { ResponseValidationError } from '@spbe-kit/interop';
 * new ResponseValidationError({ status: 200, body: '<html>', path: [] });
 * ```
 */
export interface ResponseValidationErrorOptions {
  /** HTTP status of the response. */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;
  /** Path of the first field that did not match (empty when the body is not JSON at all). */
  readonly path: IssuePath;
  /** Every mismatch found. */
  readonly issues?: readonly SpbeIssue[];
  /** The call whose response this was. */
  readonly call?: CallDescription;
  /** The underlying error (e.g. the JSON `SyntaxError`). */
  readonly cause?: unknown;
}

/**
 * The service answered successfully but the body is not what its API description says: not
 * JSON (an HTML page, a truncated document) or JSON of the wrong shape. `path` is where the
 * first mismatch is, `issues` lists all of them, `body` keeps the response verbatim.
 *
 * @example
 * ```ts
 * import { ResponseValidationError } from '@spbe-kit/interop';
 * try {
 *   await bps.listDomains({ type: 'all' });
 * } catch (error) {
 *   if (ResponseValidationError.isInstance(error)) console.log(error.path, error.body.slice(0, 200));
 * }
 * ```
 */
export class ResponseValidationError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link ResponseValidationError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ResponseValidationError {
    return InteropError.hasMarker(value, marker);
  }

  /** HTTP status of the response. */
  readonly status: number;
  /** The response body, exactly as received. */
  readonly body: string;

  constructor(options: ResponseValidationErrorOptions) {
    const notJson = options.issues === undefined || options.issues.length === 0;
    super(
      'interop.response_validation',
      notJson
        ? {
            id: 'Jawaban layanan bukan JSON yang sah',
            en: 'The service answered with something that is not valid JSON',
          }
        : {
            id: 'Jawaban layanan tidak sesuai dengan deskripsi API-nya',
            en: 'The service answer does not match its API description',
          },
      { call: options.call, cause: options.cause, path: options.path, issues: options.issues },
    );
    this.status = options.status;
    this.body = options.body;
  }
}
