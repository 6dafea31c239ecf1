import { ProviderError } from '@spbe-kit/interop';
import type { DatasetMetadata } from '@spbe-kit/models';
import { ApiError } from '../http/api-error.js';
import type { PortalServices } from '../services.js';

/** A CKAN package the portal published, with the files already on it. */
interface PublishedPackage {
  id: string;
  url: string;
  /** The package's resources on CKAN (name and description), to skip files a failed attempt already uploaded. */
  resources: { id: string; name: string; description: string; url: string }[];
}

/**
 * Publishes a checked dataset to the Satu Data (CKAN) portal with `package_create` (or `package_update` when it was
 * published before) and returns its CKAN id and page. A package of the same name that the portal does not know the
 * id of (an earlier attempt whose answer was lost) is updated in place, never duplicated. Answers 503 when no portal is
 * configured; CKAN's refusals (no or wrong token, invalid fields) surface as the client's typed interop errors.
 */
export async function publishDataset(
  services: PortalServices,
  agencyId: string,
  metadata: DatasetMetadata,
  existingCkanId: string | null = null,
): Promise<PublishedPackage> {
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
  const knownId = existingCkanId ?? (await packageIdByName(ckan, name));
  const saved = knownId
    ? await ckan.packageUpdate({ id: knownId, ...dataset }, { idempotent: true })
    : await ckan.packageCreate(dataset);
  return {
    id: saved.id,
    url: `${services.interop.ckanUrl}/dataset/${saved.name}`,
    resources: (saved.resources ?? []).map((resource) => ({
      id: resource.id,
      name: resource.name ?? '',
      description: resource.description ?? '',
      url: resource.url ?? '',
    })),
  };
}

/** The id of the package called `name` on CKAN (deleted ones too: the token sees them), or `null` when none is. */
async function packageIdByName(ckan: ReturnType<typeof ckanOf>, name: string): Promise<string | null> {
  try {
    return (await ckan.packageShow({ id: name })).id;
  } catch (error) {
    if (ProviderError.isInstance(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Uploads the dataset's data files that are not on the portal yet as resources of the CKAN package
 * (`resource_create`, multipart), oldest first, and hands each to `uploaded` as soon as CKAN answers (the caller
 * stores it at once). A file the package already holds (same name and SHA-256: an earlier attempt uploaded it, then
 * failed) is not sent again. A failure stops the upload; the next publish sends only what is still missing.
 */
export async function uploadResources(
  services: PortalServices,
  published: PublishedPackage,
  itemId: string,
  uploaded: (file: { id: string; ckanId: string; url: string }) => Promise<void>,
): Promise<void> {
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
  for (const file of pending) {
    const description = `SHA-256 ${file.sha256}`;
    const already = published.resources.find(
      (resource) => resource.name === file.file_name && resource.description === description,
    );
    const resource =
      already ??
      (await ckan.resourceCreate({
        package_id: published.id,
        name: file.file_name,
        description,
        upload: { data: new Uint8Array(file.content), fileName: file.file_name, contentType: file.content_type },
      }));
    await uploaded({ id: file.id, ckanId: resource.id, url: resource.url ?? '' });
  }
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
