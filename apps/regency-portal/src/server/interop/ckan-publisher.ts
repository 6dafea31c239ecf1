import type { DatasetMetadata } from '@spbe-kit/models';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';

/**
 * Publishes a checked dataset to the Satu Data (CKAN) portal with `package_create` (or `package_update` when it was
 * published before) and returns its CKAN id and page. Answers 503 when no portal is configured; CKAN's refusals (no or wrong token, a
 * name already in use) surface as the client's typed interop errors.
 */
export async function publishDataset(
  services: PortalServices,
  agencyId: string,
  metadata: DatasetMetadata,
  existingCkanId: string | null = null,
): Promise<{ id: string; url: string }> {
  const ckan = ckanOf(services);
  const name = `${agencyId.replace('.', '')}-${metadata.id}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  const dataset = {
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
  };
  // package_create / package_update need the portal's API token (CKAN_API_TOKEN); the client refuses without one.
  // A dataset published before (then edited, or withdrawn) is replaced in place: same CKAN id, same page.
  const saved = existingCkanId
    ? await ckan.packageUpdate({ id: existingCkanId, ...dataset }, { idempotent: true })
    : await ckan.packageCreate(dataset);
  return { id: saved.id, url: `${services.interop.ckanUrl}/dataset/${saved.name}` };
}

/**
 * Uploads the dataset's data files that are not on the portal yet as resources of the CKAN package
 * (`resource_create`, multipart), oldest first; returns each file's CKAN id and address, to be stored with the
 * publication. A failure stops the publication (the files already sent are sent again on the next publish).
 */
export async function uploadResources(
  services: PortalServices,
  ckanPackageId: string,
  itemId: string,
): Promise<{ id: string; ckanId: string; url: string }[]> {
  const ckan = ckanOf(services);
  const pending = await services.db.query<{
    id: string;
    file_name: string;
    content_type: string;
    sha256: string;
    content: Uint8Array;
  }>(
    `SELECT id, file_name, content_type, sha256, content FROM dataset_resources
      WHERE inventory_item_id = $1 AND ckan_resource_id IS NULL ORDER BY created_at, id`,
    [itemId],
  );
  const uploaded: { id: string; ckanId: string; url: string }[] = [];
  for (const file of pending) {
    const resource = await ckan.resourceCreate({
      package_id: ckanPackageId,
      name: file.file_name,
      description: `SHA-256 ${file.sha256}`,
      upload: { data: new Uint8Array(file.content), fileName: file.file_name, contentType: file.content_type },
    });
    uploaded.push({ id: file.id, ckanId: resource.id, url: resource.url ?? '' });
  }
  return uploaded;
}

/** Withdraws a published dataset from the Satu Data portal (`package_delete`: it leaves the public pages). */
export async function withdrawDataset(services: PortalServices, ckanId: string): Promise<void> {
  await ckanOf(services).packageDelete({ id: ckanId }, { idempotent: true });
}

function ckanOf(services: PortalServices) {
  const ckan = services.interop.ckan;
  if (!ckan || !services.interop.ckanUrl) {
    throw new ApiError(503, 'datasets.ckan_not_configured', {
      id: 'Portal Satu Data (CKAN_URL) belum diatur.',
      en: 'The Satu Data portal (CKAN_URL) is not configured.',
    });
  }
  return ckan;
}
