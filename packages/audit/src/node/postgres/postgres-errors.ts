import { SpbeError } from '@spbe-kit/models';
import { AuditLogError } from '../../errors.js';

/** Where the store was looking when something failed, to name it in the message. */
export interface PostgresTarget {
  readonly schema: string;
}

interface DatabaseErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly address?: unknown;
  readonly port?: unknown;
  readonly errors?: unknown;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errors } = error as DatabaseErrorLike;
  if (typeof code === 'string') return code;
  // Node reports a refused connection to several addresses (IPv4 and IPv6) as an AggregateError.
  if (Array.isArray(errors)) return errors.map(codeOf).find((inner) => inner !== undefined);
  return undefined;
}

const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as DatabaseErrorLike).message === 'string'
    ? ((error as DatabaseErrorLike).message as string)
    : String(error);

/**
 * Turns a database failure into a typed error that names its real cause, each with its own code:
 * `audit.connection_refused`, `audit.connection_failed`, `audit.auth_failed`,
 * `audit.database_not_found`, `audit.permission_denied`, `audit.store_not_found` (schema missing),
 * `audit.schema_missing` (a table missing); anything else is `fallback` (default `store.failed`).
 * The original error is kept as `cause`.
 */
export function postgresError(error: unknown, target: PostgresTarget, fallback = 'store.failed'): SpbeError {
  if (SpbeError.isInstance(error)) return error;
  const code = codeOf(error);
  const detail = messageOf(error);
  const make = (auditCode: string, id: string, en: string, path: string[] = []) =>
    new AuditLogError(auditCode, { id, en }, { path, cause: error });
  switch (code ?? '') {
    case 'ECONNREFUSED':
      return make(
        'audit.connection_refused',
        `Server basis data menolak koneksi (${detail}): apakah server berjalan dan alamat/porta benar?`,
        `The database server refused the connection (${detail}): is it running, and are the host and port right?`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return make(
        'audit.connection_failed',
        `Server basis data tidak dapat dihubungi (${detail})`,
        `The database server cannot be reached (${detail})`,
      );
    case '28P01':
    case '28000':
      return make(
        'audit.auth_failed',
        `Autentikasi ke basis data gagal (${detail}): periksa nama pengguna dan kata sandi`,
        `Authentication to the database failed (${detail}): check the user name and password`,
      );
    case '3D000':
      return make(
        'audit.database_not_found',
        `Basis data tidak ada (${detail})`,
        `The database does not exist (${detail})`,
      );
    case '42501':
      return make(
        'audit.permission_denied',
        `Izin ditolak (${detail}) saat membaca log audit di skema ${target.schema}`,
        `Permission denied (${detail}) on the audit log in schema ${target.schema}`,
        ['schema'],
      );
    case '3F000':
      return make(
        'audit.store_not_found',
        `Skema ${target.schema} tidak ada: tidak ada log audit di sana`,
        `Schema ${target.schema} does not exist: there is no audit log there`,
        ['schema'],
      );
    case '42P01':
      return make(
        'audit.schema_missing',
        `Tabel log audit hilang di skema ${target.schema} (${detail})`,
        `A table of the audit log is missing in schema ${target.schema} (${detail})`,
        ['schema'],
      );
    default:
      return new AuditLogError(
        fallback,
        { id: `Penyimpanan log audit gagal (${detail})`, en: `The audit-log store failed (${detail})` },
        { cause: error },
      );
  }
}
