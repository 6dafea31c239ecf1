import type { z } from 'zod';
import { auditEventSchema } from './audit-events/index.js';

/**
 * Every top-level schema of `@spbe-kit/models` under its public, kebab-case name.
 * The JSON Schema export (`schemas/<name>.json`) and `spbe validate <name>` read this table,
 * so a schema listed here is validated the same way in TypeScript, in PHP and on the command line.
 *
 * @example
 * ```ts
 * import { schemaRegistry } from '@spbe-kit/models';
 * Object.keys(schemaRegistry); // ['agency', 'application', ...]
 * ```
 */
export const schemaRegistry = {
  // identifiers and agencies

  // architecture, inventories, Satu Data, assessments

  // audit events
  'audit-event': auditEventSchema,

} as const satisfies Record<string, z.ZodType>;

/** The public name of a schema in {@link schemaRegistry}. */
export type SchemaName = keyof typeof schemaRegistry;
