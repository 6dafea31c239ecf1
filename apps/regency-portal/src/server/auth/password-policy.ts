/** A text in Bahasa Indonesia and English (kept local: the web client imports this file too). */
interface Bilingual {
  id: string;
  en: string;
}

/** Fewest characters (Unicode code points) of a new password; NIST SP 800-63B asks ≥ 8, the portal 12. */
export const minPasswordLength = 12;
/** Most characters of a password (longer ones only cost hashing time). */
export const maxPasswordLength = 256;

/** The rules, as shown next to every new-password field. */
export const passwordRules: Bilingual = {
  id: `Kata sandi baru: paling sedikit ${minPasswordLength} karakter, tidak memuat nama pengguna, tidak hanya satu karakter berulang, dan berbeda dari kata sandi lama.`,
  en: `New password: at least ${minPasswordLength} characters, not containing the username, not one character repeated, and different from the old password.`,
};

/**
 * What is wrong with a new password, or null when it follows {@link passwordRules}. Pure: the server checks it,
 * the web client shows the same message before sending.
 * @example
 * passwordProblem('pendek', { username: 'operator.balikpapan' }); // { id: 'Kata sandi terlalu pendek…', en: … }
 */
export function passwordProblem(
  password: string,
  context: { username: string; currentPassword?: string },
): Bilingual | null {
  const length = [...password].length;
  if (length < minPasswordLength)
    return {
      id: `Kata sandi terlalu pendek: ${length} karakter, paling sedikit ${minPasswordLength}.`,
      en: `The password is too short: ${length} characters, at least ${minPasswordLength}.`,
    };
  if (length > maxPasswordLength)
    return {
      id: `Kata sandi terlalu panjang: paling banyak ${maxPasswordLength} karakter.`,
      en: `The password is too long: at most ${maxPasswordLength} characters.`,
    };
  if (new Set(password).size === 1)
    return {
      id: 'Kata sandi tidak boleh satu karakter berulang.',
      en: 'The password cannot be one repeated character.',
    };
  const username = context.username.trim().toLowerCase();
  if (username.length > 0 && password.toLowerCase().includes(username))
    return { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'The password cannot contain the username.' };
  if (context.currentPassword !== undefined && password === context.currentPassword)
    return {
      id: 'Kata sandi baru harus berbeda dari yang lama.',
      en: 'The new password must differ from the old one.',
    };
  return null;
}
