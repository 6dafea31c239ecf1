// The `@spbe-kit/models/errors` entry: the error class and the languages every spbe-kit package
// shares, without the schemas (and without zod), for code that must start fast, such as a command
// line. The same classes as the main entry: `instanceof SpbeError` holds across both.
export { type Locale, type LocalizedText, type ErrorCodeReference, setLocale, getLocale, localize } from './locale.js';
export { SpbeError, formatIssuePath, type IssuePath, type SpbeIssue, type SpbeErrorOptions } from './spbe-error.js';
