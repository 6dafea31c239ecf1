import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { schemaRegistry, type SchemaName } from '@spbe-kit/models';
import type { z } from 'zod';
import { UsageError } from '../errors/cli-error.js';

/** This module's own file, in the ESM build and in the CommonJS build alike. */
function hereFile(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** The names of every schema `@spbe-kit/models` publishes, sorted. */
export function schemaNames(): SchemaName[] {
  return (Object.keys(schemaRegistry) as SchemaName[]).sort();
}

/** The zod schema of a name, or a usage error listing the names. */
export function schemaByName(name: string): z.ZodType {
  const registry = schemaRegistry as Readonly<Record<string, z.ZodType | undefined>>;
  const schema = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!schema) {
    const names = schemaNames().join(', ');
    throw new UsageError('cli.unknown_schema', {
      id: `Skema tidak dikenal: "${name}". Pilihan: ${names}`,
      en: `Unknown schema: "${name}". Choose one of: ${names}`,
    });
  }
  return schema;
}

/** Where the JSON Schema file of a name is in the installed `@spbe-kit/models` (`schemas/<name>.json`), if it ships one. */
export function publishedSchemaPath(name: string): string | undefined {
  const require = createRequire(hereFile());
  try {
    const file = require.resolve(`@spbe-kit/models/schemas/${name}.json`);
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The published JSON Schema document of a name, exactly as `@spbe-kit/models` ships it. */
export function publishedSchemaText(name: string): string {
  schemaByName(name);
  const file = publishedSchemaPath(name);
  if (!file) {
    throw new UsageError('cli.schema_file_missing', {
      id: `@spbe-kit/models yang terpasang tidak menyertakan schemas/${name}.json`,
      en: `The installed @spbe-kit/models ships no schemas/${name}.json`,
    });
  }
  return readFileSync(file, 'utf8');
}

/** Title and description of a published schema, when it has them. */
export function schemaSummary(name: string): { title: string; description: string } {
  const file = publishedSchemaPath(name);
  const registry = schemaRegistry as Readonly<Record<string, z.ZodType | undefined>>;
  const fromZod = registry[name]?.description ?? '';
  if (!file) return { title: name, description: fromZod };
  const document = JSON.parse(readFileSync(file, 'utf8')) as { title?: unknown; description?: unknown };
  return {
    title: typeof document.title === 'string' ? document.title : name,
    description: typeof document.description === 'string' ? document.description : fromZod,
  };
}
