import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/portal-api.js';

let csrfToken = '';

/** Remembers the CSRF token of the session; it is sent with every state-changing request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Dispatched on `window` when an API call answers 401 outside sign-in: the session is gone. */
export const sessionExpiredEvent = 'portal:session-expired';

/** The typed API client, generated from the portal's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A session that expired (or was ended by an admin) sends the user to the sign-in page with a note.
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/'))
      window.dispatchEvent(new Event(sessionExpiredEvent));
    return response;
  },
});

/** The error body every route answers with. */
export type ApiErrorBody = components['schemas']['Error'];

/** Uploads a file (multipart) with the CSRF token; `data` is the route's JSON answer. */
export async function uploadFile<T = unknown>(
  url: string,
  file: File,
): Promise<{ ok: boolean; data?: T; error?: ApiErrorBody }> {
  const form = new FormData();
  form.set('file', file);
  const response = await fetch(url, { method: 'POST', body: form, headers: { 'X-CSRF-Token': csrfToken } });
  if (response.ok) return { ok: true, data: (await response.json()) as T };
  return { ok: false, error: (await response.json()) as ApiErrorBody };
}
