/** A header name as RFC 9110 allows it (a token). */
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A header value node:http sends: tab, visible ASCII, space and Latin-1 (no control character). */
const headerValue = /^[\t\x20-\x7e\x80-\xff]*$/;
/** The whitespace `Headers` trims from both ends of a value. */
const httpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * The headers of one outgoing request: names lower-cased, kept in a plain object that `fetch` and
 * node:http both take as they are (a `Headers` object would be copied once more by either). Names
 * and values are checked before anything is sent, with the `TypeError` `Headers.set` throws: what
 * `Headers` refuses, and also the control characters node:http refuses.
 */
export class RequestHeaders {
  readonly #values: Record<string, string> = Object.create(null) as Record<string, string>;

  constructor(init?: Headers | Readonly<Record<string, string>>) {
    if (init === undefined) return;
    if (init instanceof Headers) init.forEach((value, name) => this.set(name, value));
    else for (const name of Object.keys(init)) this.set(name, init[name] as string);
  }

  /** Sets `name` (any case) to `value`, replacing what was there. */
  set(name: string, value: string): void {
    if (!headerName.test(name)) throw new TypeError(`Invalid header name: ${JSON.stringify(name)}`);
    const trimmed = value.replace(httpWhitespace, '');
    if (!headerValue.test(trimmed)) throw new TypeError(`Invalid value for header ${name}`);
    this.#values[name.toLowerCase()] = trimmed;
  }

  /** The value of `name`, or `null`, as `Headers.get` answers. */
  get(name: string): string | null {
    return this.#values[name.toLowerCase()] ?? null;
  }

  has(name: string): boolean {
    return name.toLowerCase() in this.#values;
  }

  delete(name: string): void {
    delete this.#values[name.toLowerCase()];
  }

  /** The headers as a plain object with lower-case names (the object itself: do not change it). */
  record(): Readonly<Record<string, string>> {
    return this.#values;
  }
}
