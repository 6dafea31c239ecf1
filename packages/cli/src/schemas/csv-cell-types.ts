import { readFileSync } from 'node:fs';
import type { CsvMapping } from '../input/read-csv.js';
import { publishedSchemaPath } from './published-schema.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON types a field may have, read from the published JSON Schema: CSV cells are text, and a
 * cell in a number, boolean, array or object column must be turned into that type before the record
 * is validated (`"2024"` → `2024`, `"true"` → `true`, `"[1,2]"` → `[1, 2]`).
 */
class FieldTypes {
  private readonly root: JsonSchema;
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(root: JsonSchema) {
    this.root = root;
  }

  /** The types a field at this path may take (empty when unknown). */
  typesAt(path: readonly string[]): ReadonlySet<string> {
    const key = path.join('.');
    let types = this.cache.get(key);
    if (!types) {
      types = new Set<string>();
      this.collect(this.root, path, types as Set<string>, 0);
      this.cache.set(key, types);
    }
    return types;
  }

  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; hops < 32 && typeof current.$ref === 'string'; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) break;
      let node: unknown = this.root;
      for (const segment of ref.slice(2).split('/'))
        node = (node as JsonSchema | undefined)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
      if (typeof node !== 'object' || node === null) break;
      current = node as JsonSchema;
    }
    return current;
  }

  private collect(schema: JsonSchema, path: readonly string[], into: Set<string>, depth: number): void {
    if (depth > 64) return;
    const node = this.resolve(schema);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const options = node[key];
      if (Array.isArray(options))
        for (const option of options) this.collect(option as JsonSchema, path, into, depth + 1);
    }
    if (path.length === 0) {
      const type = node.type;
      if (typeof type === 'string') into.add(type);
      else if (Array.isArray(type)) for (const item of type) if (typeof item === 'string') into.add(item);
      if (node.const !== undefined) into.add(typeof node.const);
      if (Array.isArray(node.enum)) for (const item of node.enum as unknown[]) into.add(typeof item);
      return;
    }
    const [head, ...rest] = path;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties && head !== undefined && Object.hasOwn(properties, head))
      this.collect(properties[head]!, rest, into, depth + 1);
    else if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null)
      this.collect(node.additionalProperties as JsonSchema, rest, into, depth + 1);
    if (typeof node.items === 'object' && node.items !== null && head !== undefined && /^\d+$/.test(head))
      this.collect(node.items as JsonSchema, rest, into, depth + 1);
  }
}

const numberText = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Converts a CSV cell to the type its field expects; text stays text when nothing else fits. */
function typedCell(types: ReadonlySet<string>, text: string): unknown {
  if (text === '') return undefined;
  if (types.has('string')) return text;
  if ((types.has('number') || types.has('integer')) && numberText.test(text)) return Number(text);
  if (types.has('boolean') && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if ((types.has('array') || types.has('object')) && /^[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  if (types.has('null') && /^null$/i.test(text)) return null;
  return text;
}

/** The CSV mapping for records of a schema: dotted headers make nested fields, cells get the types the schema expects. */
export function schemaCsv(name: string, delimiter: string | undefined): CsvMapping {
  const file = publishedSchemaPath(name);
  const types = file ? new FieldTypes(JSON.parse(readFileSync(file, 'utf8')) as JsonSchema) : undefined;
  return {
    delimiter,
    cellValue: (path, text) => (types ? typedCell(types.typesAt(path), text) : text === '' ? undefined : text),
  };
}
