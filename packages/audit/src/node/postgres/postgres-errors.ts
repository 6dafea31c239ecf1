import { SpbeError, type LocalizedText } from '@spbe-kit/models';
import { AuditLogError } from '../../errors.js';
import type { AuditLogErrorCode } from '../../error-codes.js';

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

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as DatabaseErrorLike).message === 'string')
    return (error as DatabaseErrorLike).message as string;
  try {
    return String(error);
  } catch {
    // An object without a usable toString (Object.create(null), a throwing toString): name its kind.
    return Object.prototype.toString.call(error);
  }
}

/**
 * Turns a database failure into a typed error that names its real cause, each with its own code:
 * `audit.connection_refused`, `audit.connection_failed`, `audit.auth_failed`,
 * `audit.database_not_found`, `audit.permission_denied`, `audit.store_not_found` (schema missing),
 * `audit.schema_missing` (a table missing); anything else is `fallback` (default `store.failed`).
 * The original error is kept as `cause`.
 */
export function postgresError(
  error: unknown,
  target: PostgresTarget,
  fallback: AuditLogErrorCode = 'store.failed',
): SpbeError {
  if (SpbeError.isInstance(error)) return error;
  const code = codeOf(error);
  const detail = messageOf(error);
  const make = (auditCode: AuditLogErrorCode, messages: LocalizedText, path: string[] = []) =>
    new AuditLogError(auditCode, messages, { path, cause: error });
  switch (code ?? '') {
    case 'ECONNREFUSED':
      return make('audit.connection_refused', {
        id: `Server basis data menolak koneksi (${detail}): apakah server berjalan dan alamat/porta benar?`,
        en: `The database server refused the connection (${detail}): is it running, and are the host and port right?`,
      });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return make('audit.connection_failed', {
        id: `Server basis data tidak dapat dihubungi (${detail})`,
        en: `The database server cannot be reached (${detail})`,
      });
    case '28P01':
    case '28000':
      return make('audit.auth_failed', {
        id: `Autentikasi ke basis data gagal (${detail}): periksa nama pengguna dan kata sandi`,
        en: `Authentication to the database failed (${detail}): check the user name and password`,
      });
    case '3D000':
      return make('audit.database_not_found', {
        id: `Basis data tidak ada (${detail})`,
        en: `The database does not exist (${detail})`,
      });
    case '42501':
      return make(
        'audit.permission_denied',
        {
          id: `Izin ditolak (${detail}) pada log audit di skema ${target.schema}`,
          en: `Permission denied (${detail}) on the audit log in schema ${target.schema}`,
        },
        ['schema'],
      );
    case '3F000':
      return make(
        'audit.store_not_found',
        {
          id: `Skema ${target.schema} tidak ada: tidak ada log audit di sana`,
          en: `Schema ${target.schema} does not exist: there is no audit log there`,
        },
        ['schema'],
      );
    case '42P01':
      return make(
        'audit.schema_missing',
        {
          id: `Tabel log audit hilang di skema ${target.schema} (${detail})`,
          en: `A table of the audit log is missing in schema ${target.schema} (${detail})`,
        },
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
