import { IdentifierError } from './identifier-error.js';
import { stripDigitSeparators } from './typed-digits.js';

/**
 * Options of {@link maskNik}.
 *
 * @example
 * ```ts
 * import { maskNik, type MaskNikOptions } from '@spbe-kit/models';
 * const options: MaskNikOptions = { visibleStart: 6, visibleEnd: 0 };
 * maskNik('6471014109900001', options); // '647101**********'
 * ```
 */
export interface MaskNikOptions {
  /** Digits shown at the start (0–6; default 4, the province and regency). */
  readonly visibleStart?: number;
  /** Digits shown at the end (0–4; default 2). */
  readonly visibleEnd?: number;
  /** The character that replaces each hidden digit (default `'*'`). */
  readonly maskCharacter?: string;
}

/**
 * Masks a NIK for display, e.g. `6471**********01`. Typed forms are accepted; the input must have
 * 16 digits but need not be a valid NIK (so that bad input can be shown masked too). At most the
 * first 6 and the last 4 digits can be shown, so the birth date and sex (digits 7–12) always stay
 * hidden. Throws {@link IdentifierError} (`nik.invalid_format`, `nik.invalid_mask_options`).
 *
 * @example
 * ```ts
 * import { maskNik } from '@spbe-kit/models';
 * maskNik('6471014109900001'); // '6471**********01'
 * maskNik('6471014109900001', { visibleStart: 2, visibleEnd: 0, maskCharacter: 'x' }); // '64xxxxxxxxxxxxxx'
 * ```
 */
export function maskNik(input: string, options: MaskNikOptions = {}): string {
  const { visibleStart = 4, visibleEnd = 2, maskCharacter = '*' } = options;
  if (
    !Number.isInteger(visibleStart) ||
    !Number.isInteger(visibleEnd) ||
    visibleStart < 0 ||
    visibleStart > 6 ||
    visibleEnd < 0 ||
    visibleEnd > 4 ||
    typeof maskCharacter !== 'string' ||
    [...maskCharacter].length !== 1 ||
    /[0-9]/.test(maskCharacter)
  ) {
    throw new IdentifierError('nik.invalid_mask_options', {
      id: 'Opsi penyamaran NIK tidak valid: paling banyak 6 angka awal dan 4 angka akhir, satu karakter penyamar bukan angka',
      en: 'Invalid NIK mask options: at most 6 leading and 4 trailing digits, one non-digit mask character',
    });
  }
  const digits = typeof input === 'string' ? stripDigitSeparators(input) : '';
  if (!/^[0-9]{16}$/.test(digits)) {
    throw new IdentifierError('nik.invalid_format', {
      id: 'NIK harus terdiri dari 16 angka',
      en: 'A NIK must have 16 digits',
    });
  }
  return (
    digits.slice(0, visibleStart) + maskCharacter.repeat(16 - visibleStart - visibleEnd) + digits.slice(16 - visibleEnd)
  );
}
