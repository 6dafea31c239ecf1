import { z } from 'zod';
import { agencySchema } from '../agencies/agency.js';
import type { LocalizedText } from '../errors/locale.js';
import type { ArchitectureDomain } from './architecture-domain.js';
import { architectureObjectSchema } from './architecture-objects.js';

/**
 * How objects of two domains may depend on each other: the chain process → data → service →
 * application → infrastructure → security, plus security applied to data and applications (the
 * three areas of the RAK reference model are data, applications and infrastructure).
 *
 * @example
 * ```ts
 * import { architectureRelations } from '@spbe-kit/models';
 * architectureRelations['service-application']; // { from: 'service', to: 'application', label: { ... } }
 * ```
 */
export const architectureRelations = {
  'process-data': {
    from: 'business-process',
    to: 'data',
    label: { id: 'Proses bisnis menggunakan data', en: 'Business process uses data' },
  },
  'data-service': { from: 'data', to: 'service', label: { id: 'Data mendukung layanan', en: 'Data supports service' } },
  'service-application': {
    from: 'service',
    to: 'application',
    label: { id: 'Layanan dijalankan oleh aplikasi', en: 'Service is delivered by application' },
  },
  'application-infrastructure': {
    from: 'application',
    to: 'infrastructure',
    label: { id: 'Aplikasi berjalan di infrastruktur', en: 'Application runs on infrastructure' },
  },
  'infrastructure-security': {
    from: 'infrastructure',
    to: 'security',
    label: { id: 'Infrastruktur dilindungi keamanan', en: 'Infrastructure is protected by security' },
  },
  'data-security': {
    from: 'data',
    to: 'security',
    label: { id: 'Data dilindungi keamanan', en: 'Data is protected by security' },
  },
  'application-security': {
    from: 'application',
    to: 'security',
    label: { id: 'Aplikasi dilindungi keamanan', en: 'Application is protected by security' },
  },
} as const satisfies Record<string, { from: ArchitectureDomain; to: ArchitectureDomain; label: LocalizedText }>;

/**
 * A kind of dependency between two architecture objects; see {@link architectureRelations}.
 */
export type ArchitectureRelation = keyof typeof architectureRelations;

const relationNames = Object.keys(architectureRelations) as [ArchitectureRelation, ...ArchitectureRelation[]];

/**
 * A typed edge of the architecture graph: `from` and `to` are object ids whose domains must match the relation.
 *
 * @example
 * ```ts
 * import { architectureEdgeSchema } from '@spbe-kit/models';
 * architectureEdgeSchema.parse({ relation: 'process-data', from: 'PB-01', to: 'D-01' });
 * ```
 */
export const architectureEdgeSchema = z.strictObject({
  relation: z.enum(relationNames),
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
});

/**
 * An edge of the architecture graph.
 *
 * @example
 * ```ts
 * import type { ArchitectureEdge } from '@spbe-kit/models';
 * const edge: ArchitectureEdge = { relation: 'application-infrastructure', from: 'A-01', to: 'I-01' };
 * ```
 */
export type ArchitectureEdge = z.output<typeof architectureEdgeSchema>;

/**
 * An agency's SPBE architecture (*Arsitektur SPBE*, drawn up for five years): its objects in the
 * six domains as nodes, and their dependencies as typed edges. The schema checks the structure; use
 * `validateArchitecture` for dangling links, domain mismatches and codes against the national reference.
 *
 * @example
 * ```ts
 * import { architectureSchema } from '@spbe-kit/models';
 * architectureSchema.parse({
 *   referenceVersion: 'perpres-132-2022',
 *   agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Paser', regionCode: '64.01' },
 *   period: { startYear: 2025, endYear: 2029 },
 *   nodes: [{ domain: 'business-process', id: 'PB-01', description: 'Pelayanan KTP-el', referenceCode: 'RAB.03.07.01' }],
 *   edges: [],
 * });
 * ```
 */
export const architectureSchema = z
  .strictObject({
    /** The national reference the codes refer to, e.g. `'perpres-132-2022'`. */
    referenceVersion: z.string().min(1).max(100),
    /** The agency whose architecture this is. */
    agency: agencySchema,
    period: z.strictObject({
      startYear: z.int().min(2018).max(2100),
      endYear: z.int().min(2018).max(2100),
    }),
    nodes: z.array(architectureObjectSchema),
    edges: z.array(architectureEdgeSchema),
  })
  .meta({
    title: 'SPBE architecture',
    description: "An agency's SPBE architecture: objects in six domains and their typed dependencies.",
  });

/**
 * An architecture as validated by {@link architectureSchema}.
 *
 * @example
 * ```ts
 * import { architectureSchema, parseWith, type Architecture } from '@spbe-kit/models';
 * const empty: Architecture = parseWith(architectureSchema, { referenceVersion: 'perpres-132-2022', agency: { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' }, period: { startYear: 2025, endYear: 2029 }, nodes: [], edges: [] });
 * ```
 */
export type Architecture = z.output<typeof architectureSchema>;
