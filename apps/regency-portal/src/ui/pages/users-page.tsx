import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import { failureMessage, LoadView, useLoad } from '../load.js';
import { canDo, useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';
import { passwordRules } from '../../server/auth/password-policy.js';

type User =
  paths['/api/agencies/{agencyId}/users']['get']['responses']['200']['content']['application/json']['users'][number];
type Role = User['role'];

const roleLabels: Record<Role, Text> = {
  admin: { id: 'Admin Diskominfo', en: 'Diskominfo administrator' },
  operator: { id: 'Operator OPD', en: 'OPD operator' },
  asesor: { id: 'Asesor internal', en: 'Internal assessor' },
  auditor: { id: 'Auditor (hanya baca)', en: 'Auditor (read-only)' },
  coordinator: { id: 'Koordinator provinsi', en: 'Province coordinator' },
  'privacy-officer': { id: 'Pejabat Pelindungan Data Pribadi', en: 'Data protection officer' },
};

/** Roles an agency's admin may give (the coordinator belongs to the province's agency only). */
const assignable = (agencyKind: string) =>
  (Object.keys(roleLabels) as Role[]).filter((role) => role !== 'coordinator' || agencyKind === 'province');

type Outcome = { ok: true; message: Text } | { ok: false; error: ApiErrorBody | string };

/** Runs one admin change and says what happened. */
async function attempt(
  call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  done: Text,
  t: (text: Text) => string,
): Promise<Outcome> {
  try {
    const { data, error, response } = await call();
    if (data) return { ok: true, message: done };
    return {
      ok: false,
      error:
        response.status < 500 && error && typeof error === 'object' && 'error' in error
          ? (error as ApiErrorBody)
          : t(failureMessage(response.status, error)),
    };
  } catch (cause) {
    return { ok: false, error: t(failureMessage(0, cause)) };
  }
}

function OutcomeView({ outcome }: { outcome: Outcome | null }) {
  const { t } = useLanguage();
  if (!outcome) return null;
  return outcome.ok ? (
    <p role="status" className="ok">
      {t(outcome.message)}
    </p>
  ) : (
    <ErrorMessage error={outcome.error} />
  );
}

/** The admin's panel for one account: role, status, new password. */
function ManageUser({ target, onChanged }: { target: User; onChanged: () => void }) {
  const { user } = useSession();
  const { t } = useLanguage();
  const [role, setRole] = useState<Role>(target.role);
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const path = { agencyId: user.agency.id, userId: target.id };
  const run = async (call: Parameters<typeof attempt>[0], done: Text) => {
    const result = await attempt(call, done, t);
    setOutcome(result);
    if (result.ok) onChanged();
  };
  if (target.id === user.id)
    return (
      <p className="hint">
        {t({
          id: 'Peran dan status akun Anda sendiri diubah oleh admin lain; kata sandi Anda di halaman Akun saya.',
          en: 'Your own role and status are changed by another admin; your password on the My account page.',
        })}
      </p>
    );
  return (
    <div className="manage-user" data-testid="manage-user">
      <h3>
        {t({ id: 'Kelola', en: 'Manage' })} {target.username}
      </h3>
      <div className="inline-form">
        <label htmlFor={`role-${target.id}`}>{t({ id: 'Peran', en: 'Role' })}</label>
        <select id={`role-${target.id}`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {assignable(user.agency.kind).map((value) => (
            <option key={value} value={value}>
              {t(roleLabels[value])}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() =>
            void run(
              () => api.PUT('/api/agencies/{agencyId}/users/{userId}/role', { params: { path }, body: { role } }),
              { id: 'Peran disimpan.', en: 'Role saved.' },
            )
          }
        >
          {t({ id: 'Simpan peran', en: 'Save role' })}
        </button>
      </div>
      <div className="inline-form">
        <label htmlFor={`password-${target.id}`}>{t({ id: 'Kata sandi baru', en: 'New password' })}</label>
        <input
          id={`password-${target.id}`}
          type="password"
          autoComplete="new-password"
          aria-describedby={`rules-${target.id}`}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="button"
          onClick={() =>
            void run(
              () =>
                api.PUT('/api/agencies/{agencyId}/users/{userId}/password', { params: { path }, body: { password } }),
              {
                id: 'Kata sandi diatur ulang; sesi akun ini diakhiri.',
                en: 'Password reset; the account’s sessions ended.',
              },
            ).then(() => setPassword(''))
          }
        >
          {t({ id: 'Atur ulang kata sandi', en: 'Reset password' })}
        </button>
      </div>
      <p className="hint" id={`rules-${target.id}`}>
        {t(passwordRules)}
      </p>
      <button
        type="button"
        className={target.disabled ? undefined : 'danger'}
        onClick={() =>
          void run(
            () =>
              api.PUT('/api/agencies/{agencyId}/users/{userId}/status', {
                params: { path },
                body: { disabled: !target.disabled },
              }),
            target.disabled
              ? { id: 'Akun diaktifkan kembali.', en: 'Account enabled again.' }
              : { id: 'Akun dinonaktifkan; sesinya diakhiri.', en: 'Account disabled; its sessions ended.' },
          )
        }
      >
        {target.disabled
          ? t({ id: 'Aktifkan kembali akun', en: 'Enable the account' })
          : t({ id: 'Nonaktifkan akun', en: 'Disable the account' })}
      </button>
      <OutcomeView outcome={outcome} />
    </div>
  );
}

/** The admin's form for a new account. */
function CreateUser({ onCreated }: { onCreated: () => void }) {
  const { user } = useSession();
  const { t } = useLanguage();
  const [form, setForm] = useState({ username: '', displayName: '', role: 'operator' as Role, password: '', nip: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const field = (name: keyof typeof form) => ({
    id: `new-${name}`,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { nip, ...rest } = form;
    const result = await attempt(
      () =>
        api.POST('/api/agencies/{agencyId}/users', {
          params: { path: { agencyId: user.agency.id } },
          body: { ...rest, ...(nip.trim() ? { nip } : {}) },
        }),
      { id: `Akun ${form.username} dibuat.`, en: `Account ${form.username} created.` },
      t,
    );
    setOutcome(result);
    if (result.ok) {
      setForm({ username: '', displayName: '', role: 'operator', password: '', nip: '' });
      onCreated();
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="narrow-form">
      <label htmlFor="new-username">{t(texts.username)}</label>
      <input {...field('username')} required autoComplete="off" placeholder="nama.instansi" />
      <label htmlFor="new-displayName">{t({ id: 'Nama tampilan', en: 'Display name' })}</label>
      <input {...field('displayName')} required autoComplete="off" />
      <label htmlFor="new-role">{t({ id: 'Peran', en: 'Role' })}</label>
      <select {...field('role')}>
        {assignable(user.agency.kind).map((value) => (
          <option key={value} value={value}>
            {t(roleLabels[value])}
          </option>
        ))}
      </select>
      <label htmlFor="new-password">{t({ id: 'Kata sandi awal', en: 'Initial password' })}</label>
      <input {...field('password')} type="password" required autoComplete="new-password" aria-describedby="new-rules" />
      <p className="hint" id="new-rules">
        {t(passwordRules)}
      </p>
      <label htmlFor="new-nip">{t({ id: 'NIP (boleh kosong)', en: 'NIP (optional)' })}</label>
      <input {...field('nip')} inputMode="numeric" autoComplete="off" />
      <OutcomeView outcome={outcome} />
      <button type="submit">{t({ id: 'Buat akun', en: 'Create the account' })}</button>
    </form>
  );
}

/** Accounts with masked NIPs; the admin creates, manages and may reveal a NIP (logged as personal-data processing). */
export function UsersPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const manage = canDo(user.role, 'users-manage');
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<ApiErrorBody | string | null>(null);
  const { state, reload } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/users', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const reveal = async (userId: string) => {
    try {
      const { data, error: failure } = await api.GET('/api/agencies/{agencyId}/users/{userId}/personal-data', {
        params: { path: { agencyId: user.agency.id, userId }, query: { purpose: 'employee.verification' } },
      });
      setError(failure ?? null);
      if (data?.nip) setRevealed({ ...revealed, [userId]: data.nip });
    } catch (cause) {
      setError(t(failureMessage(0, cause)));
    }
  };
  return (
    <>
      <h1>{t(texts.users)}</h1>
      <ErrorMessage error={error} />
      <Card title={t({ id: 'Akun instansi', en: 'Agency accounts' })} id="users">
        <p className="hint">
          {t({
            id: 'NIP adalah data pribadi (UU PDP): ditampilkan tersamar; membuka NIP lengkap dicatat di jejak audit dengan tujuan pemrosesan.',
            en: 'A NIP is personal data (UU PDP): shown masked; revealing a full NIP is recorded in the audit trail with its purpose.',
          })}
        </p>
        <LoadView state={state} onRetry={reload}>
          {(data) => (
            <>
              <div className="table-scroll">
                <table className="stack-table">
                  <caption className="visually-hidden">{t(texts.users)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(texts.username)}</th>
                      <th scope="col">{t({ id: 'Peran', en: 'Role' })}</th>
                      <th scope="col">{t({ id: 'Status', en: 'Status' })}</th>
                      <th scope="col">NIP</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.users.map((row) => (
                      <tr key={row.id} className={row.disabled ? 'muted' : undefined}>
                        <td>
                          {manage ? (
                            <button
                              type="button"
                              className="link-button"
                              aria-expanded={selected === row.id}
                              aria-label={`${t({ id: 'Kelola', en: 'Manage' })} ${row.username}`}
                              onClick={() => setSelected(selected === row.id ? null : row.id)}
                            >
                              {row.username}
                            </button>
                          ) : (
                            row.username
                          )}
                        </td>
                        <td data-label={t({ id: 'Peran', en: 'Role' })}>{t(row.roleLabel)}</td>
                        <td data-label={t({ id: 'Status', en: 'Status' })}>
                          {row.disabled ? t({ id: 'Nonaktif', en: 'Disabled' }) : t({ id: 'Aktif', en: 'Active' })}
                        </td>
                        <td data-label="NIP">
                          <code>{revealed[row.id] ?? row.nipMasked ?? '–'}</code>{' '}
                          {manage && !revealed[row.id] && row.nipMasked && (
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => void reveal(row.id)}
                              aria-label={`${t({ id: 'Tampilkan NIP', en: 'Show NIP' })} ${row.username}`}
                            >
                              {t({ id: 'Tampilkan', en: 'Show' })}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {manage && selected && data.users.some((row) => row.id === selected) && (
                <ManageUser key={selected} target={data.users.find((row) => row.id === selected)!} onChanged={reload} />
              )}
            </>
          )}
        </LoadView>
      </Card>
      {manage && (
        <Card title={t({ id: 'Buat akun baru', en: 'Create an account' })} id="create-user">
          <CreateUser onCreated={reload} />
        </Card>
      )}
    </>
  );
}
