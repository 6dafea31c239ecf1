import type { DatasetMetadata } from '@spbe-kit/models';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';

type PackageCreate = (params: Record<string, unknown>) => Promise<{ id: string; name: string }>;

/**
 * Publishes a checked dataset to the Satu Data (CKAN) portal and returns its CKAN id and page.
 * Answers 503 when no portal is configured.
 */
export async function publishDataset(services: PortalServices, agencyId: string, metadata: DatasetMetadata): Promise<{ id: string; url: string }> {
  const ckan = services.interop.ckan;
  if (!ckan || !services.interop.ckanUrl) {
    throw new ApiError(503, 'datasets.ckan-not-configured', {
      id: 'Portal Satu Data (CKAN_URL) belum diatur.',
      en: 'The Satu Data portal (CKAN_URL) is not configured.',
    });
  }
  // `@spbe-kit/interop` reads CKAN only so far; package_create is used as soon as the client offers it.
  const packageCreate = (ckan as unknown as { packageCreate?: PackageCreate }).packageCreate?.bind(ckan);
  if (!packageCreate) {
    throw new ApiError(503, 'datasets.ckan-write-unsupported', {
      id: 'Klien CKAN @spbe-kit/interop belum mendukung package_create; dataset tetap berstatus diperiksa.',
      en: 'The @spbe-kit/interop CKAN client does not support package_create yet; the dataset stays checked.',
    });
  }
  const name = `${agencyId.replace('.', '')}-${metadata.id}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  const created = await packageCreate({
    name,
    title: metadata.title,
    notes: metadata.description ?? '',
    license_id: metadata.licence,
    author: metadata.producer.name,
    maintainer: metadata.walidata.name,
    tags: (metadata.keywords ?? []).map((keyword) => ({ name: keyword })),
    extras: [
      { key: 'kode_wilayah', value: agencyId },
      { key: 'konsep', value: metadata.standard.concept },
      { key: 'definisi', value: metadata.standard.definition },
      { key: 'satuan', value: metadata.standard.unit },
      { key: 'frekuensi', value: metadata.updateSchedule.frequency },
      ...(metadata.radCode ? [{ key: 'kode_rad', value: metadata.radCode }] : []),
    ],
  });
  return { id: created.id, url: `${services.interop.ckanUrl}/dataset/${created.name}` };
}
