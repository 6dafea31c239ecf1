import { applicationSchema, architectureObjectSchema, datasetMetadataSchema, serviceSchema } from '@spbe-kit/models';
import type { z } from 'zod';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The inventories the portal keeps, each validated by the matching `@spbe-kit/models` schema. */
export const inventoryKinds = {
  application: {
    schema: applicationSchema,
    label: { id: 'Aplikasi', en: 'Applications' },
    nameOf: (item: Record<string, unknown>) => text(item.name),
    numericColumns: new Set<string>(),
  },
  service: {
    schema: serviceSchema,
    label: { id: 'Layanan', en: 'Services' },
    nameOf: (item: Record<string, unknown>) => text(item.name),
    numericColumns: new Set<string>(['maturityLevel']),
  },
  dataset: {
    schema: datasetMetadataSchema,
    label: { id: 'Data (Satu Data)', en: 'Datasets (Satu Data)' },
    nameOf: (item: Record<string, unknown>) => text(item.title),
    numericColumns: new Set<string>(),
  },
  architecture: {
    schema: architectureObjectSchema,
    label: { id: 'Objek arsitektur', en: 'Architecture objects' },
    nameOf: (item: Record<string, unknown>) => text(item.name) || text(item.description),
    numericColumns: new Set<string>(['tier', 'bandwidthMbps']),
  },
} as const satisfies Record<
  string,
  {
    schema: z.ZodType;
    label: { id: string; en: string };
    nameOf: (item: Record<string, unknown>) => string;
    numericColumns: Set<string>;
  }
>;

/** An inventory kind. */
export type InventoryKind = keyof typeof inventoryKinds;
/** Every inventory kind. */
export const inventoryKindIds = Object.keys(inventoryKinds) as [InventoryKind, ...InventoryKind[]];
