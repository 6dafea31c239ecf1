import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxPasswordLength, minPasswordLength, passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('names each broken rule in both languages', () => {
    expect(passwordProblem('pendek', { username: 'a.b' })?.en).toContain('too short');
    expect(passwordProblem('aaaaaaaaaaaaaaa', { username: 'a.b' })?.en).toContain('repeated');
    expect(passwordProblem('xxOPERATOR.balikpapanxx', { username: 'operator.balikpapan' })?.id).toContain(
      'nama pengguna',
    );
    expect(
      passwordProblem('sama-sama-panjang', { username: 'x.y', currentPassword: 'sama-sama-panjang' })?.en,
    ).toContain('differ');
    expect(passwordProblem('kuda-laut-biru-2026', { username: 'operator.balikpapan' })).toBeNull();
  });

  it('counts characters, not UTF-16 units (emoji and Javanese script)', () => {
    expect(passwordProblem('😀😀😀😀😀😀😀😀😀😀😀', { username: 'u.v' })?.en).toContain('11 characters');
    expect(passwordProblem('ꦲꦤꦕꦫꦏꦢꦠꦱꦮꦭꦥꦣ', { username: 'u.v' })).toBeNull();
  });

  it('never throws and always answers with both languages on hostile input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 40 }), (password, username) => {
        const problem = passwordProblem(password, { username });
        const length = [...password].length;
        if (length < minPasswordLength || length > maxPasswordLength) expect(problem).not.toBeNull();
        if (problem) {
          expect(problem.id.length).toBeGreaterThan(0);
          expect(problem.en.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
