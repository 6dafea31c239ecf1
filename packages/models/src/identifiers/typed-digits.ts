// NIK and NIP are typed with spaces, dots or hyphens between groups of digits
// ("6471 0101 9000 0001", "19860926 201505 1 001"); these separators carry no meaning.
const SEPARATORS = /[\s.\-\u00a0]+/g;

/** Removes the separators people type between digit groups; the result may still contain non-digits. */
export function stripDigitSeparators(input: string): string {
  return input.replace(SEPARATORS, '');
}
