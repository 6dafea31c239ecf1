import { localizedIssue, safeParseWith } from '@spbe-kit/models';
import { z } from 'zod';
import type { CallDescription } from '../errors/interop-error.js';
import { MissingCredentialsError } from '../errors/missing-credentials-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import type { CallOptions } from '../http/call-identity.js';
import type { BufferedResponse, ParseOutcome, Transport } from '../http/transport.js';

/**
 * Parameters of `resource_create`: a file uploaded to the portal's FileStore (`upload`) or a link (`url`),
 * added to the dataset `package_id`.
 *
 * @example
 * ```ts
 * import type { ResourceCreateParams } from '@spbe-kit/interop';
 * const params: ResourceCreateParams = {
 *   package_id: 'jumlah-penduduk-kota-balikpapan',
 *   name: 'Jumlah penduduk 2025 (CSV)',
 *   format: 'CSV',
 *   upload: { data: new TextEncoder().encode('kecamatan;jumlah\nBalikpapan Kota;128000\n'), fileName: 'penduduk-2025.csv', contentType: 'text/csv' },
 * };
 * ```
 */
export interface ResourceCreateParams {
  /** The dataset's id or name. */
  readonly package_id: string;
  readonly name?: string;
  readonly description?: string;
  /** E.g. `CSV`, `XLSX`, `PDF` (CKAN guesses it from the file name when absent). */
  readonly format?: string;
  /** A link resource: the data's address (give `url` or `upload`, not both). */
  readonly url?: string;
  /** A file sent as the multipart `upload` field. */
  readonly upload?: {
    readonly data: Uint8Array;
    readonly fileName: string;
    readonly contentType?: string;
  };
}

const resourceCreateParamsSchema = z
  .object({
    package_id: z.string().min(1).max(200),
    name: z.string().max(500).optional(),
    description: z.string().max(10_000).optional(),
    format: z.string().max(100).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    upload: z
      .object({
        data: z.instanceof(Uint8Array),
        fileName: z.string().min(1).max(255),
        contentType: z.string().min(1).max(200).optional(),
      })
      .optional(),
  })
  .refine((params) => (params.url === undefined) !== (params.upload === undefined), {
    path: ['upload'],
    ...localizedIssue('interop.request.resource_source', {
      id: 'Berikan salah satu: url (tautan) atau upload (berkas), tidak keduanya',
      en: 'Give exactly one of url (a link) or upload (a file)',
    }),
  });

/** The body of a `resource_create` call: multipart with the file, or JSON for a link. */
async function resourceCreateBody(
  params: ResourceCreateParams,
): Promise<{ body: Uint8Array | string; contentType: string }> {
  const checked = safeParseWith(resourceCreateParamsSchema, params);
  if (!checked.success)
    throw new RequestValidationError({
      operation: 'ckan.resource_create',
      issues: checked.error.issues,
      cause: checked.error,
    });
  const { upload, ...fields } = checked.data;
  if (!upload) return { body: JSON.stringify(fields), contentType: 'application/json' };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value);
  const bytes = new Uint8Array(upload.data.byteLength);
  bytes.set(upload.data);
  form.set('upload', new Blob([bytes], { type: upload.contentType ?? 'application/octet-stream' }), upload.fileName);
  // The platform's multipart encoder writes the boundary into the content type.
  const encoded = new Response(form);
  return {
    body: new Uint8Array(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
  };
}

/**
 * Sends `resource_create` through the client's transport: the token is checked first, the body built
 * (multipart or JSON), and the call is sent once unless `idempotent`.
 */
export async function sendResourceCreate<T>(
  client: {
    transport: Transport;
    url: string;
    apiToken: string | undefined;
    parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>;
  },
  params: ResourceCreateParams,
  callOptions: (CallOptions & { readonly idempotent?: boolean }) | undefined,
): Promise<T> {
  if (!client.apiToken) throw new MissingCredentialsError({ option: 'apiToken', operation: 'ckan.resource_create' });
  const { body, contentType } = await resourceCreateBody(params);
  const { idempotent = false, ...rest } = callOptions ?? {};
  return client.transport.execute({
    method: 'POST',
    url: client.url,
    headers: new Headers({ 'Content-Type': contentType }),
    body,
    operation: 'ckan.resource_create',
    idempotent,
    options: rest,
    parse: client.parse,
  });
}
