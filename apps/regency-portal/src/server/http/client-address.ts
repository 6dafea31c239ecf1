import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** `::ffff:10.0.0.1` (an IPv4 address on an IPv6 socket) is `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

/**
 * The client's address. The connection's peer, unless that peer is one of the configured trusted proxies: then the
 * `X-Forwarded-For` chain is read from the right (the entries our own proxies appended) and the first address that
 * is not a trusted proxy is the client. A client cannot choose its address by sending the header itself, because
 * a header is only believed when the connection comes from a trusted proxy, and only for the entries that proxy
 * added.
 * @example
 * clientAddress(c, new Set(['127.0.0.1'])); // '203.0.113.7' behind nginx on the same host
 */
export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string | undefined {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address ?? undefined;
  } catch {
    peer = undefined;
  }
  if (!peer) return undefined;
  let client = normalizeAddress(peer);
  if (!trustedProxies.has(client)) return client;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter((entry) => entry !== '');
  for (let index = chain.length - 1; index >= 0; index--) {
    const hop = chain[index]!;
    // A malformed entry ends the trust: the client is the last proxy-verified address.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trustedProxies.has(hop)) return hop;
  }
  return client;
}
