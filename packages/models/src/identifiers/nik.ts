import { z } from 'zod';
import { isCalendarDate, isoDate, pad, splitIsoDate } from './calendar.js';
import { IdentifierError } from './identifier-error.js';
import { identifierRefinement } from './identifier-refinement.js';
import type { Sex } from './sex.js';
import { stripDigitSeparators } from './typed-digits.js';

// NIK: digits 1-6 Kemendagri province+regency+district where first registered, 7-12 DDMMYY with
// 40 added to DD for women, 13-16 serial from 0001. Province 11-96.
const NIK_PATTERN =
  /^(?:1[1-9]|[2-8][0-9]|9[0-6])[0-9]{4}(?:0[1-9]|[12][0-9]|3[01]|4[1-9]|[56][0-9]|7[01])(?:0[1-9]|1[0-2])[0-9]{2}(?!0000)[0-9]{4}$/;
const SIXTEEN_DIGITS = /^[0-9]{16}$/;

const problems = {
  type: () => new IdentifierError('nik.invalid_type', { id: 'NIK harus berupa teks', en: 'A NIK must be a string' }),
  format: () =>
    new IdentifierError('nik.invalid_format', {
      id: 'NIK harus terdiri dari 16 angka',
      en: 'A NIK must have 16 digits',
    }),
  province: () =>
    new IdentifierError('nik.invalid_province', {
      id: 'Kode provinsi NIK (angka 1–2) harus 11–96',
      en: 'The province part of a NIK (digits 1–2) must be 11–96',
    }),
  birthDate: () =>
    new IdentifierError('nik.invalid_birth_date', {
      id: 'Tanggal lahir NIK (angka 7–12, DDMMYY, tanggal +40 untuk perempuan) tidak valid',
      en: 'The birth date in a NIK (digits 7–12, DDMMYY, day + 40 for women) is not a valid date',
    }),
  serial: () =>
    new IdentifierError('nik.invalid_serial', {
      id: 'Nomor urut NIK (angka 13–16) tidak boleh 0000',
      en: 'The serial number of a NIK (digits 13–16) must not be 0000',
    }),
};

interface NikDateDigits {
  readonly day: number;
  readonly month: number;
  readonly yearOfCentury: number;
  readonly sex: Sex;
}

function dateDigitsOf(digits: string): NikDateDigits {
  const encodedDay = Number(digits.slice(6, 8));
  const female = encodedDay > 40;
  return {
    day: female ? encodedDay - 40 : encodedDay,
    month: Number(digits.slice(8, 10)),
    yearOfCentury: Number(digits.slice(10, 12)),
    sex: female ? 'female' : 'male',
  };
}

/** The first problem of a 16-character candidate, in the order the parts appear. */
function nikProblem(digits: string): IdentifierError | undefined {
  if (!SIXTEEN_DIGITS.test(digits)) return problems.format();
  const province = Number(digits.slice(0, 2));
  if (province < 11 || province > 96) return problems.province();
  const { day, month, yearOfCentury } = dateDigitsOf(digits);
  // Without a century, a date is valid when it exists in 19YY or 20YY (29 Feb 00 exists in 2000).
  if (!isCalendarDate(1900 + yearOfCentury, month, day) && !isCalendarDate(2000 + yearOfCentury, month, day))
    return problems.birthDate();
  if (digits.endsWith('0000')) return problems.serial();
  return undefined;
}

/**
 * A NIK (Nomor Induk Kependudukan) in canonical form: 16 digits, province 11–96, a real birth
 * date (day + 40 for women), serial not 0000. The region part is not checked against the current
 * list of kecamatan: a NIK keeps the code of where it was first issued. For forms use
 * {@link nikInputSchema}, which also accepts spaced and dotted input.
 *
 * @example
 * ```ts
 * import { nikSchema } from '@spbe-kit/models';
 * nikSchema.safeParse('6471014109900001').success; // true (a woman born 1 Sept 1990)
 * ```
 */
export const nikSchema = z.string().superRefine(identifierRefinement(nikProblem)).regex(NIK_PATTERN).brand<'Nik'>();

/**
 * A valid NIK, 16 digits (branded string). Personal data under UU PDP: mask or pseudonymise it in logs.
 *
 * @example
 * ```ts
 * import { normalizeNik, type Nik } from '@spbe-kit/models';
 * const nik: Nik = normalizeNik('6471 0141 0990 0001'); // '6471014109900001'
 * ```
 */
export type Nik = z.output<typeof nikSchema>;

/**
 * Like {@link nikSchema} but accepts what people type (`6471 0141 0990 0001`, `6471.0141.0990.0001`)
 * and outputs the canonical 16 digits.
 *
 * @example
 * ```ts
 * import { nikInputSchema } from '@spbe-kit/models';
 * nikInputSchema.parse(' 6471 0141 0990 0001 '); // '6471014109900001'
 * ```
 */
export const nikInputSchema = z
  .string()
  .transform((value) => stripDigitSeparators(value))
  .pipe(nikSchema);

/**
 * Options of {@link parseNik}.
 *
 * @example
 * ```ts
 * import { parseNik, type ParseNikOptions } from '@spbe-kit/models';
 * // A NIK read from a register archived on 1 July 2010: birth year '15' can only be 1915 then.
 * const options: ParseNikOptions = { referenceDate: new Date('2010-07-01') };
 * parseNik('6471011506150001', options).birthDate; // '1915-06-15'
 * ```
 */
export interface ParseNikOptions {
  /**
   * The day the NIK is read, used to choose the century of the two-digit birth year: the latest
   * century that puts the birth date on or before this day. Defaults to now.
   */
  readonly referenceDate?: Date;
}

/**
 * What a NIK says.
 *
 * @example
 * ```ts
 * import { parseNik, type NikParts } from '@spbe-kit/models';
 * const parts: NikParts = parseNik('6471014109900001');
 * // { nik: '6471014109900001', regionCode: '64.71.01', birthDate: '1990-09-01', sex: 'female', serial: '0001' }
 * ```
 */
export interface NikParts {
  /** The NIK in canonical form (16 digits). */
  readonly nik: Nik;
  /** Digits 1–6 as a dotted Kemendagri district code (`'64.71.01'`), where the NIK was first issued; not checked against the current list. */
  readonly regionCode: string;
  /** Birth date, `YYYY-MM-DD` (century chosen with `referenceDate`). */
  readonly birthDate: string;
  readonly sex: Sex;
  /** Digits 13–16, e.g. `'0001'`. */
  readonly serial: string;
}

/**
 * Turns typed input into a canonical NIK (separators removed) and checks it. Throws
 * {@link IdentifierError} with a code saying which part is wrong.
 *
 * @example
 * ```ts
 * import { normalizeNik } from '@spbe-kit/models';
 * normalizeNik('6471-0141-0990-0001'); // '6471014109900001'
 * ```
 */
export function normalizeNik(input: string): Nik {
  if (typeof input !== 'string') throw problems.type();
  const digits = stripDigitSeparators(input);
  const problem = nikProblem(digits);
  if (problem) throw problem;
  return digits as Nik;
}

/**
 * Checks a NIK (typed forms accepted) and reads its parts: region, birth date, sex, serial.
 * Throws {@link IdentifierError} (`nik.invalid_format`, `nik.invalid_province`,
 * `nik.invalid_birth_date`, `nik.invalid_serial`); the message never contains the NIK.
 *
 * @example
 * ```ts
 * import { parseNik } from '@spbe-kit/models';
 * const parts = parseNik('6471 0141 0990 0001');
 * parts.regionCode; // '64.71.01'
 * parts.birthDate; // '1990-09-01'
 * parts.sex; // 'female'
 * parts.serial; // '0001'
 * ```
 */
export function parseNik(input: string, options: ParseNikOptions = {}): NikParts {
  const nik = normalizeNik(input);
  const { day, month, yearOfCentury, sex } = dateDigitsOf(nik);
  const reference = options.referenceDate ?? new Date();
  const referenceIso = isoDate(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate());
  let birthDate: string | undefined;
  for (
    let century = Math.floor(reference.getUTCFullYear() / 100) * 100;
    century >= 1800 && birthDate === undefined;
    century -= 100
  ) {
    const year = century + yearOfCentury;
    if (isCalendarDate(year, month, day) && isoDate(year, month, day) <= referenceIso)
      birthDate = isoDate(year, month, day);
  }
  if (birthDate === undefined) throw problems.birthDate();
  return {
    nik,
    regionCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    birthDate,
    sex,
    serial: nik.slice(12),
  };
}

/**
 * The result of {@link safeParseNik}.
 *
 * @example
 * ```ts
 * import { safeParseNik, type SafeNikResult } from '@spbe-kit/models';
 * const result: SafeNikResult = safeParseNik('6471 0141 0990 0001');
 * if (result.success) result.data.regionCode; // '64.71.01'
 * else result.error.code; // e.g. 'nik.invalid_birth_date'
 * ```
 */
export type SafeNikResult =
  { readonly success: true; readonly data: NikParts } | { readonly success: false; readonly error: IdentifierError };

/**
 * Like {@link parseNik} but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseNik } from '@spbe-kit/models';
 * const result = safeParseNik('6471013209900001');
 * if (!result.success) result.error.code; // 'nik.invalid_birth_date' (day 32)
 * ```
 */
export function safeParseNik(input: string, options: ParseNikOptions = {}): SafeNikResult {
  try {
    return { success: true, data: parseNik(input, options) };
  } catch (error) {
    if (IdentifierError.isInstance(error)) return { success: false, error };
    throw error;
  }
}

/**
 * Whether the input (typed forms accepted) is a valid NIK.
 *
 * @example
 * ```ts
 * import { isValidNik } from '@spbe-kit/models';
 * isValidNik('6471014109900001'); // true
 * isValidNik('6471014109900000'); // false (serial 0000)
 * ```
 */
export function isValidNik(input: unknown): boolean {
  return typeof input === 'string' && nikProblem(stripDigitSeparators(input)) === undefined;
}

/**
 * The parts {@link formatNik} builds a NIK from.
 *
 * @example
 * ```ts
 * import { formatNik, type NikInputParts } from '@spbe-kit/models';
 * const parts: NikInputParts = { regionCode: '64.71.01', birthDate: '1986-09-26', sex: 'male', serial: 17 };
 * formatNik(parts); // '6471012609860017'
 * ```
 */
export interface NikInputParts {
  /** Dotted (`'64.71.01'`) or plain (`'647101'`) six-digit region code. */
  readonly regionCode: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  readonly sex: Sex;
  /** 1–9999, as a number or a string of up to 4 digits. */
  readonly serial: number | string;
}

/**
 * Builds a NIK from its parts (the inverse of {@link parseNik}); useful for test data.
 * Throws {@link IdentifierError} when a part is out of range.
 *
 * @example
 * ```ts
 * import { formatNik } from '@spbe-kit/models';
 * formatNik({ regionCode: '64.71.01', birthDate: '1990-09-01', sex: 'female', serial: 1 }); // '6471014109900001'
 * ```
 */
export function formatNik(parts: NikInputParts): Nik {
  const region = typeof parts.regionCode === 'string' ? parts.regionCode.replace(/\./g, '') : '';
  if (!/^[0-9]{6}$/.test(region)) throw problems.format();
  const date = typeof parts.birthDate === 'string' ? splitIsoDate(parts.birthDate) : undefined;
  if (!date) throw problems.birthDate();
  const serial =
    typeof parts.serial === 'number'
      ? parts.serial
      : /^[0-9]{1,4}$/.test(parts.serial)
        ? Number(parts.serial)
        : Number.NaN;
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw problems.serial();
  const day = parts.sex === 'female' ? date.day + 40 : date.day;
  return normalizeNik(`${region}${pad(day, 2)}${pad(date.month, 2)}${pad(date.year % 100, 2)}${pad(serial, 4)}`);
}
