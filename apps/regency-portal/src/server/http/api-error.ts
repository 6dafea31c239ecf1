import { SpbeError, type LocalizedText, type SpbeIssue } from '@spbe-kit/models';

const marker = Symbol.for('spbe-kit.error.ApiError');

/** An error the API answers with: an HTTP status, a stable code and messages in both languages. */
export class ApiError extends SpbeError {
  private readonly [marker] = true;

  /** Whether `value` is an {@link ApiError}, from this copy of the package or any other (see `SpbeError.isInstance`). */
  static override isInstance(this: void, value: unknown): value is ApiError {
    return SpbeError.hasMarker(value, marker);
  }

  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 502 | 503,
    code: string,
    messages: LocalizedText,
    issues: readonly SpbeIssue[] = [],
  ) {
    super(code, messages, { issues });
  }
}

/** Common errors. */
export const apiErrors = {
  unauthenticated: () =>
    new ApiError(401, 'auth.required', { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }),
  forbidden: () =>
    new ApiError(403, 'auth.forbidden', {
      id: 'Peran Anda tidak berwenang untuk tindakan ini.',
      en: 'Your role is not allowed to do this.',
    }),
  otherAgency: () =>
    new ApiError(403, 'auth.other_agency', {
      id: 'Anda hanya dapat mengakses data instansi Anda sendiri.',
      en: 'You can only access your own agency’s data.',
    }),
  csrf: () => new ApiError(403, 'auth.csrf', { id: 'Token CSRF tidak valid.', en: 'Invalid CSRF token.' }),
  notFound: (what: LocalizedText) =>
    new ApiError(404, 'not_found', { id: `${what.id} tidak ditemukan.`, en: `${what.en} not found.` }),
  conflict: (code: string, messages: LocalizedText) => new ApiError(409, code, messages),
};
