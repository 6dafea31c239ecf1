import type { SpbeIssue } from '@spbe-kit/models';
import { InteropError } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.RequestValidationError');

/**
 * Options of {@link RequestValidationError}.
 *
 * @example
 * ```ts
 * import { RequestValidationError } from '@spbe-kit/interop';
 * new RequestValidationError({ operation: 'ckan.package_create', issues: [{ code: 'invalid_type', path: ['name'], message: { id: 'Harus teks', en: 'Must be a string' } }] });
 * ```
 */
export interface RequestValidationErrorOptions {
  /** The operation whose parameters were refused, e.g. `'ckan.package_create'`. */
  readonly operation: string;
  /** Every problem found, each with the path of the parameter. */
  readonly issues: readonly SpbeIssue[];
  /** The underlying error (the `ValidationError` of `@spbe-kit/models`). */
  readonly cause?: unknown;
}

/**
 * The parameters given to a call are not of the documented types (e.g. a tag that is not
 * `{ name: string }`), so nothing was sent. `path` is the first bad parameter, `issues` lists
 * all of them. Code `interop.request_validation`. Rules the service itself enforces (CKAN's name
 * pattern, uniqueness) are left to it and come back as {@link ProviderError}.
 *
 * @example
 * ```ts
 * import { RequestValidationError } from '@spbe-kit/interop';
 * try {
 *   await ckan.packageCreate({ name: 'data-sekolah', title: 'Data Sekolah', private: 'ya' as never });
 * } catch (error) {
 *   if (RequestValidationError.isInstance(error)) console.log(error.path); // ['private']
 * }
 * ```
 */
export class RequestValidationError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link RequestValidationError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is RequestValidationError {
    return InteropError.hasMarker(value, marker);
  }

  /** The operation whose parameters were refused. */
  readonly operation: string;

  constructor(options: RequestValidationErrorOptions) {
    super(
      'interop.request_validation',
      {
        id: `Parameter ${options.operation} tidak sesuai tipe yang didokumentasikan; tidak ada permintaan yang dikirim`,
        en: `The parameters of ${options.operation} do not have the documented types; nothing was sent`,
      },
      { path: options.issues[0]?.path ?? [], issues: options.issues, cause: options.cause },
    );
    this.operation = options.operation;
  }
}
