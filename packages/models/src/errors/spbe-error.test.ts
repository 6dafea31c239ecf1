import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SpbeError, formatIssuePath } from './spbe-error.js';
import { setLocale, getLocale, localize } from './locale.js';
import { IdentifierError } from '../identifiers/identifier-error.js';
import { ValidationError } from '../validation/validation-error.js';

afterEach(() => setLocale('id'));

describe('SpbeError', () => {
  it('carries a code, both languages and the path', () => {
    const error = new SpbeError(
      'nik.invalid_date',
      { id: 'Tanggal lahir tidak valid', en: 'Invalid birth date' },
      { path: ['pegawai', 2, 'nik'] },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('nik.invalid_date');
    expect(error.message).toBe('pegawai[2].nik: Tanggal lahir tidak valid');
    expect(error.format('en')).toBe('pegawai[2].nik: Invalid birth date');
    expect(error.issues).toHaveLength(1);
  });

  it('uses the global locale for message', () => {
    setLocale('en');
    expect(getLocale()).toBe('en');
    expect(new SpbeError('x', { id: 'Salah', en: 'Wrong' }).message).toBe('Wrong');
  });

  it('lists every issue when there are several', () => {
    const error = new SpbeError(
      'validation',
      { id: 'Data tidak valid', en: 'Invalid data' },
      {
        issues: [
          { code: 'a', path: ['a'], message: { id: 'A salah', en: 'A is wrong' } },
          { code: 'b', path: [0, 'b'], message: { id: 'B salah', en: 'B is wrong' } },
        ],
      },
    );
    expect(error.format('en').split('\n')).toEqual(['Invalid data', '  - a: A is wrong', '  - [0].b: B is wrong']);
  });

  it('rejects an unknown locale', () => {
    expect(() => setLocale('fr' as never)).toThrow(TypeError);
    expect(localize({ id: 'ya', en: 'yes' })).toBe('ya');
  });

  it('formats any path without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        const text = formatIssuePath(path);
        expect(typeof text).toBe('string');
      }),
    );
  });

  it('recognises its errors by their marks, not by the class object (isInstance)', () => {
    const identifier = new IdentifierError('nik.invalid_format', { id: 'NIK salah', en: 'Bad NIK' });
    expect(SpbeError.isInstance(identifier)).toBe(true);
    expect(IdentifierError.isInstance(identifier)).toBe(true);
    expect(ValidationError.isInstance(identifier)).toBe(false);
    expect(IdentifierError.isInstance(new SpbeError('x.y', { id: 'a', en: 'b' }))).toBe(false);
    // What a second copy of the package (its other build, another version) creates: another class, the same marks.
    const foreign = Object.assign(new Error('copy'), {
      [Symbol.for('spbe-kit.error.SpbeError')]: true,
      [Symbol.for('spbe-kit.error.IdentifierError')]: true,
    });
    expect(foreign instanceof SpbeError).toBe(false);
    expect(SpbeError.isInstance(foreign)).toBe(true);
    expect(IdentifierError.isInstance(foreign)).toBe(true);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(SpbeError.isInstance(value)).toBe(false);
      }),
    );
  });
});
