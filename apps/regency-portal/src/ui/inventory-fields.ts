import {
  applicationHostingLabels,
  applicationTypeLabels,
  architectureDomainLabels,
  infrastructureTypeLabels,
  licenceKindLabels,
  lifecycleStatusLabels,
  securityObjectTypeLabels,
  serviceChannelLabels,
  serviceTypeLabels,
  splpIntegrationStatusLabels,
  updateFrequencyLabels,
} from '@spbe-kit/models/labels';
import type { Text } from './i18n.js';

/** The inventory kinds the portal keeps. */
export type InventoryKind = 'application' | 'service' | 'dataset' | 'architecture';

/** Labels of an enum's values, from `@spbe-kit/models/labels`. */
type EnumLabels = Readonly<Record<string, Text>>;

/** One field of the item form: a path in the item (`owner.name`) and how it is entered. */
export interface FieldSpec {
  path: string;
  label: Text;
  kind: 'text' | 'long-text' | 'number' | 'list' | 'enum' | 'multi-enum' | 'boolean' | 'date';
  required?: boolean;
  options?: EnumLabels;
  hint?: Text;
  /** Shown only when this returns true for the values being entered (e.g. by architecture domain). */
  when?: (values: FormValues) => boolean;
}

/** The form's values by field path: text for text-like fields, a list for multi-enums, a flag for booleans. */
export type FormValues = Record<string, string | string[] | boolean>;

const listHint: Text = { id: 'Pisahkan dengan koma.', en: 'Separate with commas.' };
const domainIs =
  (...domains: string[]) =>
  (values: FormValues) =>
    domains.includes(String(values.domain));

/** The fields of each kind, in the order a person fills them. */
export const inventoryFields: Record<InventoryKind, FieldSpec[]> = {
  application: [
    { path: 'id', label: { id: 'Kode', en: 'Code' }, kind: 'text', required: true },
    { path: 'name', label: { id: 'Nama aplikasi', en: 'Application name' }, kind: 'text', required: true },
    { path: 'type', label: { id: 'Jenis', en: 'Type' }, kind: 'enum', options: applicationTypeLabels, required: true },
    {
      path: 'raaCode',
      label: { id: 'Kode RAA', en: 'RAA code' },
      kind: 'text',
      required: true,
      hint: {
        id: 'Aplikasi Umum: RAA.01.xx; Aplikasi Khusus: RAA.02.xx.',
        en: 'Common: RAA.01.xx; special: RAA.02.xx.',
      },
    },
    { path: 'owner.name', label: { id: 'Unit pemilik', en: 'Owning unit' }, kind: 'text', required: true },
    { path: 'description', label: { id: 'Uraian', en: 'Description' }, kind: 'long-text' },
    { path: 'hosting', label: { id: 'Hosting', en: 'Hosting' }, kind: 'enum', options: applicationHostingLabels },
    { path: 'licence.kind', label: { id: 'Lisensi', en: 'Licence' }, kind: 'enum', options: licenceKindLabels },
    { path: 'lifecycle', label: { id: 'Status', en: 'Status' }, kind: 'enum', options: lifecycleStatusLabels },
    {
      path: 'splpIntegration',
      label: { id: 'Integrasi SPLP', en: 'SPLP integration' },
      kind: 'enum',
      options: splpIntegrationStatusLabels,
    },
    {
      path: 'sourceRepository.url',
      label: { id: 'Repositori kode sumber (URL)', en: 'Source repository (URL)' },
      kind: 'text',
      when: (values) => values.type === 'khusus',
    },
    {
      path: 'sourceRepository.registeredNationally',
      label: { id: 'Terdaftar di repositori nasional', en: 'Registered in the national repository' },
      kind: 'boolean',
      when: (values) => values.type === 'khusus',
    },
    { path: 'serviceIds', label: { id: 'Kode layanan', en: 'Service codes' }, kind: 'list', hint: listHint },
  ],
  service: [
    { path: 'id', label: { id: 'Kode', en: 'Code' }, kind: 'text', required: true },
    { path: 'name', label: { id: 'Nama layanan', en: 'Service name' }, kind: 'text', required: true },
    { path: 'type', label: { id: 'Jenis', en: 'Type' }, kind: 'enum', options: serviceTypeLabels, required: true },
    {
      path: 'ralCode',
      label: { id: 'Kode RAL', en: 'RAL code' },
      kind: 'text',
      required: true,
      hint: { id: 'Layanan publik: RAL.01.xx; administrasi: RAL.02.xx.', en: 'Public: RAL.01.xx; admin: RAL.02.xx.' },
    },
    { path: 'sector', label: { id: 'Sektor / urusan', en: 'Sector' }, kind: 'text', required: true },
    { path: 'channels', label: { id: 'Kanal', en: 'Channels' }, kind: 'multi-enum', options: serviceChannelLabels },
    { path: 'owner.name', label: { id: 'Unit pemilik', en: 'Owning unit' }, kind: 'text', required: true },
    { path: 'maturityLevel', label: { id: 'Tingkat kapabilitas (1–5)', en: 'Capability level (1–5)' }, kind: 'number' },
    { path: 'description', label: { id: 'Uraian', en: 'Description' }, kind: 'long-text' },
    { path: 'applicationIds', label: { id: 'Kode aplikasi', en: 'Application codes' }, kind: 'list', hint: listHint },
  ],
  dataset: [
    { path: 'id', label: { id: 'Kode', en: 'Code' }, kind: 'text', required: true },
    { path: 'title', label: { id: 'Judul', en: 'Title' }, kind: 'text', required: true },
    { path: 'description', label: { id: 'Uraian', en: 'Description' }, kind: 'long-text' },
    { path: 'standard.concept', label: { id: 'Konsep', en: 'Concept' }, kind: 'text', required: true },
    { path: 'standard.definition', label: { id: 'Definisi', en: 'Definition' }, kind: 'long-text', required: true },
    { path: 'standard.measure', label: { id: 'Ukuran', en: 'Measure' }, kind: 'text', required: true },
    { path: 'standard.unit', label: { id: 'Satuan', en: 'Unit' }, kind: 'text', required: true },
    { path: 'producer.name', label: { id: 'Produsen data', en: 'Data producer' }, kind: 'text', required: true },
    { path: 'walidata.name', label: { id: 'Walidata', en: 'Walidata' }, kind: 'text', required: true },
    {
      path: 'updateSchedule.frequency',
      label: { id: 'Frekuensi pemutakhiran', en: 'Update frequency' },
      kind: 'enum',
      options: updateFrequencyLabels,
      required: true,
    },
    { path: 'licence', label: { id: 'Lisensi', en: 'Licence' }, kind: 'text', required: true },
    { path: 'referenceCodes', label: { id: 'Kode referensi', en: 'Reference codes' }, kind: 'list', hint: listHint },
    { path: 'keywords', label: { id: 'Kata kunci', en: 'Keywords' }, kind: 'list', hint: listHint },
  ],
  architecture: [
    {
      path: 'domain',
      label: { id: 'Domain', en: 'Domain' },
      kind: 'enum',
      options: architectureDomainLabels,
      required: true,
    },
    { path: 'id', label: { id: 'Kode', en: 'Code' }, kind: 'text', required: true },
    {
      path: 'name',
      label: { id: 'Nama', en: 'Name' },
      kind: 'text',
      required: true,
      when: domainIs('service', 'infrastructure', 'security'),
    },
    {
      path: 'infrastructureType',
      label: { id: 'Jenis infrastruktur', en: 'Infrastructure type' },
      kind: 'enum',
      options: infrastructureTypeLabels,
      required: true,
      when: domainIs('infrastructure'),
    },
    {
      path: 'securityType',
      label: { id: 'Jenis keamanan', en: 'Security type' },
      kind: 'enum',
      options: securityObjectTypeLabels,
      required: true,
      when: domainIs('security'),
    },
    {
      path: 'description',
      label: { id: 'Uraian', en: 'Description' },
      kind: 'long-text',
      required: true,
      when: domainIs('business-process', 'data', 'application'),
    },
    {
      path: 'description',
      label: { id: 'Uraian', en: 'Description' },
      kind: 'long-text',
      when: domainIs('infrastructure', 'security'),
    },
    {
      path: 'referenceCode',
      label: { id: 'Kode referensi arsitektur', en: 'Architecture reference code' },
      kind: 'text',
      required: true,
      hint: { id: 'Mis. RAB.09.05 atau RAI.02.01.', en: 'E.g. RAB.09.05 or RAI.02.01.' },
    },
    { path: 'location', label: { id: 'Lokasi', en: 'Location' }, kind: 'text', when: domainIs('infrastructure') },
    {
      path: 'ownership',
      label: { id: 'Kepemilikan', en: 'Ownership' },
      kind: 'text',
      when: domainIs('infrastructure'),
    },
    {
      path: 'tier',
      label: { id: 'Tier pusat data (1–4)', en: 'Data-centre tier (1–4)' },
      kind: 'number',
      when: domainIs('infrastructure'),
    },
    {
      path: 'bandwidthMbps',
      label: { id: 'Bandwidth (Mbps)', en: 'Bandwidth (Mbps)' },
      kind: 'number',
      when: domainIs('infrastructure'),
    },
  ],
};

/** Fields holding an enum, shown in the item table by their labels (type, status, domain). */
export const tableEnumField: Record<InventoryKind, FieldSpec> = {
  application: inventoryFields.application[2]!,
  service: inventoryFields.service[2]!,
  dataset: inventoryFields.dataset[9]!,
  architecture: inventoryFields.architecture[0]!,
};

/** The value at a dotted path of an item. */
export function valueAt(item: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], item);
}

/** The form's starting values for an item (an edit) or for a new item. */
export function formValuesOf(kind: InventoryKind, item: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const field of inventoryFields[kind]) {
    const value = item ? valueAt(item, field.path) : undefined;
    if (field.kind === 'multi-enum') values[field.path] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === 'boolean') values[field.path] = value === true;
    else if (field.kind === 'list') values[field.path] = Array.isArray(value) ? value.map(String).join(', ') : '';
    else if (field.kind === 'enum' && value === undefined && field.required && field.options)
      values[field.path] = Object.keys(field.options)[0]!;
    else values[field.path] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  return values;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null && !Array.isArray(next) ? { ...next } : {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Drops objects a form emptied (e.g. `sourceRepository` of an application that is no longer khusus). */
function pruneEmpty(target: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(target)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    pruneEmpty(value as Record<string, unknown>);
    if (Object.keys(value).length === 0) delete target[key];
  }
}

function fieldValue(field: FieldSpec, raw: string | string[] | boolean): unknown {
  if (field.kind === 'boolean') return raw === true;
  if (field.kind === 'multi-enum') return Array.isArray(raw) ? raw : [];
  const text = String(raw).trim();
  if (field.kind === 'list')
    return text
      ? text
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean)
      : field.required
        ? []
        : undefined;
  if (text === '') return undefined;
  // A number the server checks (e.g. "abc" stays text and is reported on its field).
  if (field.kind === 'number') return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
  return text;
}

/**
 * The item the form describes: the stored item's other fields are kept (an edit changes only what the form shows),
 * fields of another variant (another domain, an application no longer khusus) are dropped.
 */
export function itemFromForm(
  kind: InventoryKind,
  values: FormValues,
  original: Record<string, unknown> | null,
): Record<string, unknown> {
  const item: Record<string, unknown> = original ? structuredClone(original) : {};
  for (const field of inventoryFields[kind]) {
    const shown = !field.when || field.when(values);
    // A path shown under another condition (architecture's description) is handled by its visible entry.
    if (!shown && inventoryFields[kind].some((other) => other.path === field.path && other !== field)) continue;
    setAt(item, field.path, shown ? fieldValue(field, values[field.path] ?? '') : undefined);
  }
  if (kind === 'dataset') {
    if (!Array.isArray(item.referenceCodes)) item.referenceCodes = [];
    // The server keeps the workflow's state; a new dataset is sent as a draft.
    item.publication ??= { status: 'draft' };
  }
  pruneEmpty(item);
  return item;
}

/** The form field an issue path (`owner.name`, `serviceIds.0`) belongs to, if the form shows it. */
export function fieldOfIssue(
  kind: InventoryKind,
  values: FormValues,
  path: readonly (string | number)[],
): string | null {
  const joined = path.join('.');
  const visible = inventoryFields[kind].filter((field) => !field.when || field.when(values));
  const match = visible
    .filter((field) => joined === field.path || joined.startsWith(`${field.path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? match.path : null;
}
