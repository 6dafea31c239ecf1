import { IdentifierError } from './identifier-error.js';
import { stripDigitSeparators } from './typed-digits.js';

/**
 * Options of {@link maskNip}. Unlike {@link MaskNikOptions} there is no `visibleStart`: a NIP starts
 * with the birth date (digits 1–8) and the appointment month (digits 9–14), so no leading digit may
 * be shown.
 *
 * @example
 * ```ts
 * import type { MaskNipOptions } from '@spbe-kit/models';
 * const options: MaskNipOptions = { visibleEnd: 4, maskCharacter: '•' };
 * ```
 */
export interface MaskNipOptions {
  /** Digits shown at the end (0–4; default 3, the serial number; 4 adds the sex digit). */
  readonly visibleEnd?: number;
  /** The character that replaces each hidden digit (default `'*'`). */
  readonly maskCharacter?: string;
}

/**
 * Masks a NIP for display, e.g. `***************001`. Typed forms (`19860926 201505 1 001`) are
 * accepted; the input must have 18 digits but need not be a valid NIP (so that bad input can be
 * shown masked too). Only the last digits can be shown (at most 4: the sex digit and the serial),
 * so the birth date (digits 1–8) and the appointment month (digits 9–14) always stay hidden. Throws
 * {@link IdentifierError} (`nip.invalid_format`, `nip.invalid_mask_options`); the error never
 * repeats the input.
 *
 * @example
 * ```ts
 * import { maskNip } from '@spbe-kit/models';
 * maskNip('19860926 201505 1 001'); // '***************001'
 * maskNip('198609262015051001', { visibleEnd: 4, maskCharacter: '•' }); // '••••••••••••••1001'
 * ```
 */
export function maskNip(input: string, options: MaskNipOptions = {}): string {
  const { visibleEnd = 3, maskCharacter = '*' } = options;
  if (
    !Number.isInteger(visibleEnd) ||
    visibleEnd < 0 ||
    visibleEnd > 4 ||
    typeof maskCharacter !== 'string' ||
    [...maskCharacter].length !== 1 ||
    /[0-9]/.test(maskCharacter)
  ) {
    throw new IdentifierError('nip.invalid_mask_options', {
      id: 'Opsi penyamaran NIP tidak valid: paling banyak 4 angka akhir, satu karakter penyamar bukan angka',
      en: 'Invalid NIP mask options: at most 4 trailing digits, one non-digit mask character',
    });
  }
  const digits = typeof input === 'string' ? stripDigitSeparators(input) : '';
  if (!/^[0-9]{18}$/.test(digits)) {
    throw new IdentifierError('nip.invalid_format', {
      id: 'NIP harus terdiri dari 18 angka',
      en: 'A NIP must have 18 digits',
    });
  }
  return maskCharacter.repeat(18 - visibleEnd) + digits.slice(18 - visibleEnd);
}
