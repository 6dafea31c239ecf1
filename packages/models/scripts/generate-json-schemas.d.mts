import type { ZodType } from 'zod';

/** The `$comment` every published JSON Schema carries. */
export declare const GENERATED_COMMENT: string;
/** Converts every schema of a registry to its published JSON Schema document. */
export declare function buildJsonSchemas(
  registry: Readonly<Record<string, ZodType>>,
): Record<string, Record<string, unknown>>;
/** The exact text of a published schema file. */
export declare function serializeJsonSchema(document: Record<string, unknown>): string;
