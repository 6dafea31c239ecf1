import { UsageError } from '../errors/cli-error.js';

/** `--max-raise`: a positive number of levels per indicator (per year with `--years`). */
export function parseMaxRaise(value: string): string {
  const levels = value.trim().replace(',', '.');
  if (/^\d+(?:\.\d+)?$/.test(levels) && Number(levels) > 0 && Number(levels) <= 4) return levels;
  throw new UsageError('cli.bad_max_raise', {
    id: `--max-raise harus angka > 0 dan ≤ 4 (tingkat per indikator), mis. 1 (diterima "${value}")`,
    en: `--max-raise takes a number > 0 and ≤ 4 (levels per indicator), e.g. 1 (got "${value}")`,
  });
}

/** `--years`: 1–10. */
export function parseYears(value: string): number {
  const years = Number(value);
  if (/^\d+$/.test(value.trim()) && years >= 1 && years <= 10) return years;
  throw new UsageError('cli.bad_years', {
    id: `--years harus bilangan bulat 1–10 (diterima "${value}")`,
    en: `--years takes a whole number 1–10 (got "${value}")`,
  });
}
