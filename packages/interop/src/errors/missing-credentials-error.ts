import { InteropError } from './interop-error.js';

const marker = Symbol.for('spbe-kit.error.MissingCredentialsError');

/**
 * Options of {@link MissingCredentialsError}.
 *
 * @example
 * ```ts
 * import { MissingCredentialsError } from '@spbe-kit/interop';
 * new MissingCredentialsError({ option: 'apiToken', operation: 'ckan.package_create' });
 * ```
 */
export interface MissingCredentialsErrorOptions {
  /** The client option that should hold the credential, e.g. `'apiToken'`. */
  readonly option: string;
  /** The operation that needs it, e.g. `'ckan.package_create'`. */
  readonly operation: string;
}

/**
 * A call needs a credential the client was not given (e.g. CKAN's `package_create` without
 * `apiToken`). Thrown before any request is sent; `path` names the missing client option.
 * Code `interop.credentials.missing`.
 *
 * @example
 * ```ts
 * import { MissingCredentialsError } from '@spbe-kit/interop';
 * try {
 *   await ckan.packageCreate({ name: 'jumlah-penduduk', title: 'Jumlah Penduduk' });
 * } catch (error) {
 *   if (MissingCredentialsError.isInstance(error)) console.log(error.option); // 'apiToken'
 * }
 * ```
 */
export class MissingCredentialsError extends InteropError {
  private readonly [marker] = true;

  /** Whether `value` is a {@link MissingCredentialsError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is MissingCredentialsError {
    return InteropError.hasMarker(value, marker);
  }

  /** The client option that should hold the credential. */
  readonly option: string;
  /** The operation that needs it. */
  readonly operation: string;

  constructor(options: MissingCredentialsErrorOptions) {
    super(
      'interop.credentials.missing',
      {
        id: `Operasi ${options.operation} memerlukan kredensial pada opsi klien ${options.option}, tetapi tidak diberikan`,
        en: `Operation ${options.operation} needs a credential in the client option ${options.option}, which was not given`,
      },
      { path: [options.option] },
    );
    this.option = options.option;
    this.operation = options.operation;
  }
}
