import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postgresError } from './postgres-errors.js';
import { postgresAuditorGrantsSql } from './postgres-schema.js';

describe('postgresAuditorGrantsSql', () => {
  it('grants USAGE on the schema and SELECT on the five tables, nothing else', () => {
    expect(postgresAuditorGrantsSql('audit_simpeg', 'inspektorat')).toBe(
      'GRANT USAGE ON SCHEMA audit_simpeg TO inspektorat;\n' +
        'GRANT SELECT ON audit_simpeg.entries, audit_simpeg.subjects, audit_simpeg.nodes, audit_simpeg.details, audit_simpeg.checkpoints TO inspektorat;',
    );
  });

  it('never puts a hostile name into SQL: anything but a plain identifier is a typed error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (schema, role) => {
        const plain = (name: string) => /^[a-z_][a-z0-9_]{0,62}$/.test(name);
        try {
          const sql = postgresAuditorGrantsSql(schema, role);
          return plain(schema) && plain(role) && !sql.includes('--') && sql.split(';').length === 3;
        } catch (error) {
          const code = (error as { code?: string }).code;
          return (!plain(schema) && code === 'store.invalid_schema') || (!plain(role) && code === 'store.invalid_role');
        }
      }),
    );
  });
});

describe('postgresError', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, 'audit.connection_refused'],
    [Object.assign(new AggregateError([{ code: 'ECONNREFUSED' }]), { message: '' }), 'audit.connection_refused'],
    [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND db' }, 'audit.connection_failed'],
    [{ code: '28P01', message: 'password authentication failed for user "inspektorat"' }, 'audit.auth_failed'],
    [{ code: '28000', message: 'role "x" does not exist' }, 'audit.auth_failed'],
    [{ code: '3D000', message: 'database "simpeg" does not exist' }, 'audit.database_not_found'],
    [{ code: '42501', message: 'permission denied for table entries' }, 'audit.permission_denied'],
    [{ code: '3F000', message: 'schema "x" does not exist' }, 'audit.store_not_found'],
    [{ code: '42P01', message: 'relation "x.entries" does not exist' }, 'audit.schema_missing'],
    [{ code: 'XX000', message: 'internal' }, 'store.failed'],
  ])('names %o as %s, keeping it as the cause', (cause, code) => {
    const error = postgresError(cause, { schema: 'audit_simpeg' });
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
    expect(error.messages.id).not.toBe(error.messages.en);
  });

  it('turns any thrown value into a typed error', () => {
    const throwing = {
      toString() {
        throw new Error('no text');
      },
    };
    for (const value of [Object.create(null), throwing, Symbol('s'), 1n]) {
      expect(postgresError(value, { schema: 's' }).code).toBe('store.failed');
    }
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const error = postgresError(value, { schema: 's' });
        return typeof error.code === 'string' && error.code.length > 0;
      }),
    );
  });
});
