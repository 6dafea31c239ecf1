import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import { failureMessage } from '../load.js';
import { useSession } from '../session.js';
import { passwordProblem, passwordRules } from '../../server/auth/password-policy.js';

/** The signed-in user's own account: change the password (the current one is required). */
export function AccountPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<ApiErrorBody | string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const problem =
      next !== repeat
        ? { id: 'Kedua kata sandi baru tidak sama.', en: 'The two new passwords differ.' }
        : passwordProblem(next, { username: user.username, currentPassword: current });
    if (problem) return setError(t(problem));
    setBusy(true);
    try {
      const {
        data,
        error: failure,
        response,
      } = await api.PUT('/api/me/password', {
        body: { currentPassword: current, newPassword: next },
      });
      if (data) {
        setError(null);
        setDone(true);
        setCurrent('');
        setNext('');
        setRepeat('');
      } else setError(response.status < 500 && failure ? failure : t(failureMessage(response.status, failure)));
    } catch (cause) {
      setError(t(failureMessage(0, cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t(texts.account)}</h1>
      <Card title={t({ id: 'Ganti kata sandi', en: 'Change password' })} id="change-password">
        <p className="hint">
          {user.displayName} — {user.username}
        </p>
        <form onSubmit={(event) => void submit(event)} className="narrow-form">
          <label htmlFor="current-password">{t({ id: 'Kata sandi saat ini', en: 'Current password' })}</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
          <label htmlFor="new-password">{t({ id: 'Kata sandi baru', en: 'New password' })}</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            aria-describedby="password-rules"
            required
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
          <p className="hint" id="password-rules">
            {t(passwordRules)}
          </p>
          <label htmlFor="repeat-password">{t({ id: 'Ulangi kata sandi baru', en: 'Repeat the new password' })}</label>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
          <ErrorMessage error={error} />
          {done && (
            <p role="status" className="ok" data-testid="password-changed">
              {t({
                id: 'Kata sandi diganti. Sesi lain akun ini telah diakhiri.',
                en: 'Password changed. Other sessions of this account were ended.',
              })}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t({ id: 'Ganti kata sandi', en: 'Change password' })}
          </button>
        </form>
      </Card>
    </>
  );
}
