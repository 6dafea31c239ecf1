import { UsageError } from '../errors/cli-error.js';

/**
 * `--max-raise`: a positive number of levels per indicator (per year with `--years`), or `none` for no
 * limit (`'4'`: the whole 1–5 scale). `spbe plan` and `spbe report` default to {@link defaultMaxRaise}.
 */
export function parseMaxRaise(value: string): string {
  const levels = value.trim().replace(',', '.');
  if (/^none$/i.test(levels)) return '4';
  if (/^\d+(?:\.\d+)?$/.test(levels) && Number(levels) > 0 && Number(levels) <= 4) return levels;
  throw new UsageError('cli.bad_max_raise', {
    id: `--max-raise harus angka > 0 dan ≤ 4 (tingkat per indikator), mis. 1, atau none tanpa batas (diterima "${value}")`,
    en: `--max-raise takes a number > 0 and ≤ 4 (levels per indicator), e.g. 1, or none for no limit (got "${value}")`,
  });
}

/**
 * The most one indicator rises in a plan (a year) when `--max-raise` is not given: one level, the pace
 * at which a regency can actually build and document a higher level (a plan raising a dozen indicators
 * from 3 to 5 in one year is not one a team can carry out). `--max-raise none` lifts the limit.
 */
export const defaultMaxRaise = '1';

/** `--years`: 1–10. */
export function parseYears(value: string): number {
  const years = Number(value);
  if (/^\d+$/.test(value.trim()) && years >= 1 && years <= 10) return years;
  throw new UsageError('cli.bad_years', {
    id: `--years harus bilangan bulat 1–10 (diterima "${value}")`,
    en: `--years takes a whole number 1–10 (got "${value}")`,
  });
}
