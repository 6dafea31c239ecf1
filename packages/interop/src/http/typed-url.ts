/** A query parameter value the typed transport can send. */
type QueryValue = string | number | boolean | undefined;

/**
 * The query parameters an operation of an openapi-typescript `paths` type declares, e.g.
 * `QueryOf<paths, '/api/3/action/package_search'>`. The clients build their URLs from these
 * types, so a parameter the OpenAPI document does not declare is a compile error.
 */
export type QueryOf<Paths, Path extends keyof Paths> = Paths[Path] extends {
  get: { parameters: { query?: infer Query } };
}
  ? NonNullable<Query>
  : never;

/**
 * Appends query parameters to a URL, skipping `undefined`, in the order given. Values are
 * percent-encoded like `URLSearchParams` would, without building a `URL` object per call.
 */
export function withQuery(url: string, query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (query === undefined) return url;
  let out = url;
  let separator = url.includes('?') ? '&' : '?';
  for (const name in query) {
    const value = query[name];
    if (value === undefined) continue;
    out += `${separator}${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
    separator = '&';
  }
  return out;
}
