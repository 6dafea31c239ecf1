// Errors and languages (shared by every spbe-kit package)
export { type Locale, type LocalizedText, setLocale, getLocale, localize } from './errors/locale.js';
export {
  SpbeError,
  formatIssuePath,
  type IssuePath,
  type SpbeIssue,
  type SpbeErrorOptions,
} from './errors/spbe-error.js';
export { ValidationError } from './validation/validation-error.js';
export {
  parseWith,
  safeParseWith,
  issuesFromZod,
  localizedIssue,
  localizedPattern,
  type ParseOptions,
  type SafeParseResult,
} from './validation/parse.js';

export { schemaRegistry, type SchemaName } from './schema-registry.js';

// Identifiers: region codes, BPS codes, NIK, NIP
export * from './identifiers/index.js';

// Agencies
export * from './agencies/index.js';

// Architecture
export * from './architecture/index.js';

// Inventories
export * from './inventories/index.js';

// Satu Data
export * from './satu-data/index.js';

// Assessments
export * from './assessments/index.js';

// Audit events
export * from './audit-events/index.js';
