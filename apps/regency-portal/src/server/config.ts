import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { normalizeAddress } from './http/client-address.js';
import { transparencyConfigSchema } from './transparency/transparency-config.js';

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/**
 * Everything the portal reads from its environment, with safe defaults: it listens on loopback only,
 * keeps its data in a local folder, and refuses a configuration that does not parse.
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A PostgreSQL server; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Schema of the portal's tables on the PostgreSQL server (created when missing); default: the server's search path. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Cookies carry the Secure flag; on by default, off only for plain-HTTP local demos. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(8 * 60),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  /** Failed sign-ins allowed per account and client address in the window. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Failed sign-ins allowed per client address, whatever the accounts (password spraying). */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Failed sign-ins allowed per account from addresses it has not signed in from recently. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Failed sign-ins allowed for the whole deployment from addresses not known to the account (a ceiling). */
  LOGIN_MAX_FAILURES_GLOBAL: z.coerce.number().int().min(1).max(1_000_000).default(200),
  /**
   * Addresses of the reverse proxies in front of the portal (comma-separated IPs). Only a request from one of them
   * has its `X-Forwarded-For` read for the client's address; by default no proxy is trusted.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((text, context) => {
      const entries = (text ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      const invalid = entries.filter((entry) => isIP(normalizeAddress(entry)) === 0);
      if (invalid.length > 0) {
        context.addIssue({ code: 'custom', message: `not IP addresses: ${invalid.join(', ')}` });
        return z.NEVER;
      }
      return entries.map(normalizeAddress);
    }),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Schema of the audit log's tables in the same database. */
  AUDIT_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .default('portal_audit'),
  /** Origin name of the audit log's checkpoints (C2SP origin line). */
  AUDIT_ORIGIN: z.string().min(1).default('regency-portal.example/audit'),
  /** Sign an audit checkpoint once this many events were logged since the last one… */
  AUDIT_CHECKPOINT_ENTRIES: z.coerce.number().int().min(1).max(10_000_000).default(1000),
  /** …and at least every this many seconds while the log grows. */
  AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Checkpoint signer key (`PRIVATE+KEY+name+id+…` from `generateNoteKey`); generated and kept in DATA_DIR when absent. */
  AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  /** Base64 key (≥ 32 bytes) for pseudonymising personal data in the audit trail; generated when absent. */
  PSEUDONYM_KEY: z.string().min(1).optional(),
  /** Client identity sent on every government API call (`X-SPBE-Client`): this deployment's Kemendagri region code… */
  CLIENT_REGION_CODE: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/)
    .default('64.71'),
  /** …and the application's name. */
  CLIENT_APPLICATION: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/)
    .default('regency-portal'),
  CKAN_URL: z.url().optional(),
  CKAN_API_TOKEN: z.string().min(1).optional(),
  BPS_URL: z.url().optional(),
  BPS_API_KEY: z.string().min(1).optional(),
  SPLP_URL: z.url().optional(),
  /** Tenant domain of the province's APIs on SPLP. */
  SPLP_TENANT: z.string().min(1).default('kaltimprov.go.id'),
  /** OAuth2 client credentials of this portal's SPLP application. */
  SPLP_CONSUMER_KEY: z.string().min(1).optional(),
  SPLP_CONSUMER_SECRET: z.string().min(1).optional(),
  /** Public base URL of this deployment (used in links and by the province view). */
  PUBLIC_URL: z.url().optional(),
  /**
   * Province view: where each regency's own deployment is, as JSON `{"64.01": "https://spbe.paserkab.go.id"}`.
   * Regencies not listed are read from this deployment.
   */
  PROVINCE_MEMBER_URLS: z
    .string()
    .optional()
    .transform((text, context) => {
      if (!text) return {};
      try {
        return z.record(z.string().regex(/^\d{2}\.\d{2}$/), z.url()).parse(JSON.parse(text));
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON object of region code → URL' });
        return z.NEVER;
      }
    }),
  ...transparencyConfigSchema,
});

/** The validated configuration. */
export type PortalConfig = z.output<typeof configSchema> & {
  dataDir: string;
  cookieSecure: boolean;
  provinceMemberUrls: Record<string, string>;
  trustedProxies: ReadonlySet<string>;
};

/**
 * Reads and validates the configuration.
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): PortalConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration / konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const config = result.data;
  return {
    ...config,
    dataDir: path.resolve(cwd, config.DATA_DIR),
    cookieSecure: config.COOKIE_SECURE ?? true,
    provinceMemberUrls: config.PROVINCE_MEMBER_URLS,
    trustedProxies: new Set(config.TRUSTED_PROXIES),
  };
}

/** Raised at start when the environment does not describe a valid configuration. */
class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
