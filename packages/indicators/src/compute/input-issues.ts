import type { IssuePath, LocalizedText } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import type { IndexInputIssueCode } from '../errors/error-codes.js';

/** The kind of entry a value is for. */
export type Part = 'indicator' | 'aspect' | 'domain';

const PART_NAMES: Record<Part, LocalizedText> = {
  indicator: { id: 'Indikator', en: 'Indicator' },
  aspect: { id: 'Aspek', en: 'Aspect' },
  domain: { id: 'Domain', en: 'Domain' },
};

/** Why a value was rejected. */
export type ValueProblem = 'missing' | 'not_a_number' | 'out_of_range' | 'not_integer' | 'too_precise';

/** A short rendering of a received value that is safe to keep in an error (no large or nested data). */
export function describeReceived(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The issue for a rejected value of one indicator, aspect or domain. */
export function valueIssue(
  part: Part,
  number: number,
  problem: ValueProblem,
  path: IssuePath,
  value?: unknown,
  decimals = 6,
): IndexInputIssue {
  const name = PART_NAMES[part];
  const shown = describeReceived(value);
  let message: LocalizedText;
  switch (problem) {
    case 'missing':
      message = { id: `${name.id} ${number}: nilai tidak ada`, en: `${name.en} ${number}: value missing` };
      break;
    case 'not_a_number':
      message = {
        id: `${name.id} ${number}: nilai ${shown} bukan angka`,
        en: `${name.en} ${number}: value ${shown} is not a number`,
      };
      break;
    case 'out_of_range':
      message = {
        id: `${name.id} ${number}: nilai ${shown} di luar rentang 1–5`,
        en: `${name.en} ${number}: value ${shown} is outside 1–5`,
      };
      break;
    case 'not_integer':
      message = {
        id: `${name.id} ${number}: nilai ${shown} harus tingkat bulat 1–5`,
        en: `${name.en} ${number}: value ${shown} must be a whole level 1–5`,
      };
      break;
    case 'too_precise':
      message = {
        id: `${name.id} ${number}: nilai ${shown} memiliki lebih dari ${decimals} angka desimal`,
        en: `${name.en} ${number}: value ${shown} has more than ${decimals} decimals`,
      };
      break;
  }
  const issue: IndexInputIssue = { code: `indicators.${problem}`, path, message, part, number };
  return problem === 'missing' ? issue : { ...issue, received: shown };
}

/** The issue for a key that is not a number of the methodology. */
export function keyIssue(
  part: Part,
  key: string,
  methodology: string,
  path: IssuePath,
  known: boolean,
): IndexInputIssue {
  const name = PART_NAMES[part];
  const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  if (known) {
    return {
      code: 'indicators.unknown_number',
      path,
      part,
      number: Number(key),
      received: shown,
      message: {
        id: `${name.id} ${key} tidak ada dalam metodologi ${methodology}`,
        en: `${name.en} ${key} does not exist in methodology ${methodology}`,
      },
    };
  }
  return {
    code: 'indicators.invalid_key',
    path,
    part,
    received: shown,
    message: {
      id: `Kunci ${shown} bukan nomor ${name.id.toLowerCase()} (bilangan bulat positif, sekali saja)`,
      en: `Key ${shown} is not a ${name.en.toLowerCase()} number (a positive whole number, given once)`,
    },
  };
}

/** An issue about the shape of the input as a whole or of one option. */
export function shapeIssue(
  path: IssuePath,
  message: LocalizedText,
  received?: unknown,
  code: IndexInputIssueCode = 'indicators.invalid_shape',
): IndexInputIssue {
  return received === undefined
    ? { code, path, message }
    : { code, path, message, received: describeReceived(received) };
}
