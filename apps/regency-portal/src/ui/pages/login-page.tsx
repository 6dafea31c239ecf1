import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { ErrorMessage } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import type { SessionUser } from '../session.js';

/** Sign-in form. */
export function LoginPage({ onSignedIn }: { onSignedIn: (user: SessionUser, csrfToken: string) => void }) {
  const { t } = useLanguage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { data, error: failure } = await api.POST('/api/auth/login', { body: { username, password } });
    setBusy(false);
    if (data) onSignedIn(data.user, data.csrfToken);
    else setError(failure ?? null);
  };

  return (
    <section className="card narrow">
      <h1>{t(texts.signIn)}</h1>
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
