import type { DatasetMetadata } from '@spbe-kit/models';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';

/**
 * Publishes a checked dataset to the Satu Data (CKAN) portal with `package_create` and returns its
 * CKAN id and page. Answers 503 when no portal is configured; CKAN's refusals (no or wrong token, a
 * name already in use) surface as the client's typed interop errors.
 */
export async function publishDataset(
  services: PortalServices,
  agencyId: string,
  metadata: DatasetMetadata,
): Promise<{ id: string; url: string }> {
  const ckan = services.interop.ckan;
  if (!ckan || !services.interop.ckanUrl) {
    throw new ApiError(503, 'datasets.ckan-not-configured', {
      id: 'Portal Satu Data (CKAN_URL) belum diatur.',
      en: 'The Satu Data portal (CKAN_URL) is not configured.',
    });
  }
  const name = `${agencyId.replace('.', '')}-${metadata.id}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  // package_create needs the portal's API token (CKAN_API_TOKEN); the client refuses to send it without one.
  const created = await ckan.packageCreate({
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
