import { z } from 'zod';
import { isCalendarDate, isoDate, pad, splitIsoDate } from './calendar.js';
import { IdentifierError } from './identifier-error.js';
import { identifierRefinement } from './identifier-refinement.js';
import type { Sex } from './sex.js';
import { stripDigitSeparators } from './typed-digits.js';

// NIP (civil servant, 18 digits): YYYYMMDD birth date, YYYYMM appointment (TMT CPNS),
// 1 digit sex (1 male, 2 female), 3-digit serial; e.g. 19860926 201505 1 001.
const NIP_PATTERN =
  /^(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])[12](?!000)[0-9]{3}$/;

const problems = {
  type: () => new IdentifierError('nip.invalid_type', { id: 'NIP harus berupa teks', en: 'A NIP must be a string' }),
  format: () =>
    new IdentifierError('nip.invalid_format', {
      id: 'NIP harus terdiri dari 18 angka',
      en: 'A NIP must have 18 digits',
    }),
  birthDate: () =>
    new IdentifierError('nip.invalid_birth_date', {
      id: 'Tanggal lahir NIP (angka 1–8, YYYYMMDD, tahun 1900–2099) tidak valid',
      en: 'The birth date in a NIP (digits 1–8, YYYYMMDD, year 1900–2099) is not a valid date',
    }),
  appointment: () =>
    new IdentifierError('nip.invalid_appointment', {
      id: 'Bulan pengangkatan (TMT CPNS) NIP (angka 9–14, YYYYMM, tahun 1900–2099) tidak valid',
      en: 'The appointment month (TMT CPNS) in a NIP (digits 9–14, YYYYMM, year 1900–2099) is not valid',
    }),
  appointmentBeforeBirth: () =>
    new IdentifierError('nip.appointment_before_birth', {
      id: 'Bulan pengangkatan NIP harus sesudah bulan lahir',
      en: 'The appointment month in a NIP must come after the birth month',
    }),
  sex: () =>
    new IdentifierError('nip.invalid_sex', {
      id: 'Kode jenis kelamin NIP (angka 15) harus 1 atau 2',
      en: 'The sex digit of a NIP (digit 15) must be 1 or 2',
    }),
  serial: () =>
    new IdentifierError('nip.invalid_serial', {
      id: 'Nomor urut NIP (angka 16–18) tidak boleh 000',
      en: 'The serial number of a NIP (digits 16–18) must not be 000',
    }),
};

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

function nipProblem(digits: string): IdentifierError | undefined {
  if (!/^[0-9]{18}$/.test(digits)) return problems.format();
  const birthYear = Number(digits.slice(0, 4));
  const birthMonth = Number(digits.slice(4, 6));
  if (!plausibleYear(birthYear) || !isCalendarDate(birthYear, birthMonth, Number(digits.slice(6, 8))))
    return problems.birthDate();
  const appointmentYear = Number(digits.slice(8, 12));
  const appointmentMonth = Number(digits.slice(12, 14));
  if (!plausibleYear(appointmentYear) || appointmentMonth < 1 || appointmentMonth > 12) return problems.appointment();
  if (appointmentYear * 12 + appointmentMonth <= birthYear * 12 + birthMonth) return problems.appointmentBeforeBirth();
  if (digits[14] !== '1' && digits[14] !== '2') return problems.sex();
  if (digits.endsWith('000')) return problems.serial();
  return undefined;
}

/**
 * A NIP (Nomor Induk Pegawai, civil servant number) in canonical form: 18 digits holding a real
 * birth date, an appointment month (TMT CPNS) after the birth month, the sex digit and a serial
 * other than 000. For forms use {@link nipInputSchema}, which accepts the spaced form.
 *
 * @example
 * ```ts
 * import { nipSchema } from '@spbe-kit/models';
 * nipSchema.safeParse('198609262015051001').success; // true
 * ```
 */
export const nipSchema = z.string().superRefine(identifierRefinement(nipProblem)).regex(NIP_PATTERN).brand<'Nip'>();

/**
 * A valid NIP, 18 digits (branded string). Personal data: mask or pseudonymise it in logs.
 *
 * @example
 * ```ts
 * import { normalizeNip, type Nip } from '@spbe-kit/models';
 * const nip: Nip = normalizeNip('19860926 201505 1 001'); // '198609262015051001'
 * ```
 */
export type Nip = z.output<typeof nipSchema>;

/**
 * Like {@link nipSchema} but accepts what people type (`19860926 201505 1 001`) and outputs the 18 digits.
 *
 * @example
 * ```ts
 * import { nipInputSchema } from '@spbe-kit/models';
 * nipInputSchema.parse('19860926 201505 1 001'); // '198609262015051001'
 * ```
 */
export const nipInputSchema = z
  .string()
  .transform((value) => stripDigitSeparators(value))
  .pipe(nipSchema);

/**
 * What a NIP says.
 *
 * @example
 * ```ts
 * import { parseNip, type NipParts } from '@spbe-kit/models';
 * const parts: NipParts = parseNip('19860926 201505 1 001');
 * // { nip: '198609262015051001', birthDate: '1986-09-26', appointment: '2015-05', sex: 'male', serial: '001' }
 * ```
 */
export interface NipParts {
  /** The NIP in canonical form (18 digits). */
  readonly nip: Nip;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Appointment as candidate civil servant (TMT CPNS), `YYYY-MM`. */
  readonly appointment: string;
  readonly sex: Sex;
  /** Digits 16–18, e.g. `'001'`. */
  readonly serial: string;
}

/**
 * Turns typed input into a canonical NIP (separators removed) and checks it. Throws
 * {@link IdentifierError} with a code saying which part is wrong.
 *
 * @example
 * ```ts
 * import { normalizeNip } from '@spbe-kit/models';
 * normalizeNip('19860926 201505 1 001'); // '198609262015051001'
 * ```
 */
export function normalizeNip(input: string): Nip {
  if (typeof input !== 'string') throw problems.type();
  const digits = stripDigitSeparators(input);
  const problem = nipProblem(digits);
  if (problem) throw problem;
  return digits as Nip;
}

/**
 * Checks a NIP (typed forms accepted) and reads its parts. Throws {@link IdentifierError}
 * (`nip.invalid_format`, `nip.invalid_birth_date`, `nip.invalid_appointment`,
 * `nip.appointment_before_birth`, `nip.invalid_sex`, `nip.invalid_serial`).
 *
 * @example
 * ```ts
 * import { parseNip } from '@spbe-kit/models';
 * const parts = parseNip('19860926 201505 1 001');
 * parts.birthDate; // '1986-09-26'
 * parts.appointment; // '2015-05'
 * parts.sex; // 'male'
 * ```
 */
export function parseNip(input: string): NipParts {
  const nip = normalizeNip(input);
  return {
    nip,
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: nip[14] === '1' ? 'male' : 'female',
    serial: nip.slice(15),
  };
}

/**
 * The result of {@link safeParseNip}.
 *
 * @example
 * ```ts
 * import { safeParseNip, type SafeNipResult } from '@spbe-kit/models';
 * const result: SafeNipResult = safeParseNip('19860926 201505 1 001');
 * if (result.success) result.data.appointment; // '2015-05'
 * else result.error.code; // e.g. 'nip.invalid_sex'
 * ```
 */
export type SafeNipResult =
  { readonly success: true; readonly data: NipParts } | { readonly success: false; readonly error: IdentifierError };

/**
 * Like {@link parseNip} but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseNip } from '@spbe-kit/models';
 * const result = safeParseNip('198609262015053001');
 * if (!result.success) result.error.code; // 'nip.invalid_sex'
 * ```
 */
export function safeParseNip(input: string): SafeNipResult {
  try {
    return { success: true, data: parseNip(input) };
  } catch (error) {
    if (IdentifierError.isInstance(error)) return { success: false, error };
    throw error;
  }
}

/**
 * Whether the input (typed forms accepted) is a valid NIP.
 *
 * @example
 * ```ts
 * import { isValidNip } from '@spbe-kit/models';
 * isValidNip('19860926 201505 1 001'); // true
 * ```
 */
export function isValidNip(input: unknown): boolean {
  return typeof input === 'string' && nipProblem(stripDigitSeparators(input)) === undefined;
}

/**
 * The parts {@link formatNip} builds a NIP from.
 *
 * @example
 * ```ts
 * import { formatNip, type NipInputParts } from '@spbe-kit/models';
 * const parts: NipInputParts = { birthDate: '1986-09-26', appointment: '2015-05', sex: 'male', serial: 1 };
 * formatNip(parts); // '198609262015051001'
 * ```
 */
export interface NipInputParts {
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** `YYYY-MM`. */
  readonly appointment: string;
  readonly sex: Sex;
  /** 1–999, as a number or a string of up to 3 digits. */
  readonly serial: number | string;
}

/**
 * Options of {@link formatNip}.
 *
 * @example
 * ```ts
 * import { formatNip, type FormatNipOptions } from '@spbe-kit/models';
 * const options: FormatNipOptions = { spaced: true };
 * formatNip({ birthDate: '1986-09-26', appointment: '2015-05', sex: 'male', serial: '001' }, options); // '19860926 201505 1 001'
 * ```
 */
export interface FormatNipOptions {
  /** Put spaces between the four groups, as NIPs are printed (`19860926 201505 1 001`). Default `false`. */
  readonly spaced?: boolean;
}

/**
 * Builds a NIP from its parts (the inverse of {@link parseNip}), canonical or spaced.
 * Throws {@link IdentifierError} when a part is out of range.
 *
 * @example
 * ```ts
 * import { formatNip } from '@spbe-kit/models';
 * formatNip({ birthDate: '1986-09-26', appointment: '2015-05', sex: 'male', serial: 1 }, { spaced: true }); // '19860926 201505 1 001'
 * ```
 */
export function formatNip(parts: NipInputParts, options: FormatNipOptions = {}): string {
  const date = typeof parts.birthDate === 'string' ? splitIsoDate(parts.birthDate) : undefined;
  if (!date) throw problems.birthDate();
  const appointment = typeof parts.appointment === 'string' ? /^([0-9]{4})-([0-9]{2})$/.exec(parts.appointment) : null;
  if (!appointment) throw problems.appointment();
  if (parts.sex !== 'male' && parts.sex !== 'female') throw problems.sex();
  const serial =
    typeof parts.serial === 'number'
      ? parts.serial
      : /^[0-9]{1,3}$/.test(parts.serial)
        ? Number(parts.serial)
        : Number.NaN;
  if (!Number.isInteger(serial) || serial < 1 || serial > 999) throw problems.serial();
  const groups = [
    isoDate(date.year, date.month, date.day).replace(/-/g, ''),
    `${appointment[1]}${appointment[2]}`,
    parts.sex === 'male' ? '1' : '2',
    pad(serial, 3),
  ];
  const nip = normalizeNip(groups.join(''));
  return options.spaced ? groups.join(' ') : nip;
}
