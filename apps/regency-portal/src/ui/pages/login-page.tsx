import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { ErrorMessage } from '../components.js';
import { failureMessage } from '../load.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import type { SessionUser } from '../session.js';

/** Sign-in form; `note` explains why the user is here again (an expired session). */
export function LoginPage({
  onSignedIn,
  note = null,
}: {
  onSignedIn: (user: SessionUser, csrfToken: string) => void;
  note?: Text | null;
}) {
  const { t } = useLanguage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiErrorBody | string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data, error: failure, response } = await api.POST('/api/auth/login', { body: { username, password } });
      if (data) onSignedIn(data.user, data.csrfToken);
      else
        setError(
          response.status < 500 && failure && typeof failure === 'object' && 'error' in failure
            ? failure
            : t(failureMessage(response.status, failure)),
        );
    } catch (cause) {
      setError(t(failureMessage(0, cause)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow">
      <h1>{t(texts.signIn)}</h1>
      {note && (
        <p className="notice" role="status" data-testid="login-note">
          {t(note)}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="username">{t(texts.username)}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor="password">{t(texts.password)}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {t(texts.signIn)}
        </button>
      </form>
      <p className="hint">
        {t({
          id: 'Akun demo dicetak di terminal saat portal dijalankan.',
          en: 'The demo accounts are printed in the terminal when the portal starts.',
        })}
      </p>
    </section>
  );
}
