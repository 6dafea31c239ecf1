import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => {
    scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

/** scrypt cost parameters (OWASP: N=2^17, r=8, p=1 is the current recommendation; 2^15 keeps logins fast on 2 cores). */
const defaults = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

/**
 * Hashes a password with scrypt and a random salt into a self-describing string `scrypt$N$r$p$salt$hash`.
 * @example
 * const stored = await hashPassword('rahasia-sekali');
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, keyLength, {
    ...defaults,
    maxmem: 128 * defaults.N * defaults.r * 2,
  });
  return ['scrypt', defaults.N, defaults.r, defaults.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Checks a password against a stored hash in constant time; false for any malformed hash.
 * @example
 * await verifyPassword('rahasia-sekali', stored); // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0) || N > 2 ** 20) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (expected.length !== keyLength) return false;
  const actual = await scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 128 * N * r * 2 });
  return timingSafeEqual(actual, expected);
}
