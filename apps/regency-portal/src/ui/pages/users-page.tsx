import { useEffect, useState } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import { canDo, useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Users = paths['/api/agencies/{agencyId}/users']['get']['responses']['200']['content']['application/json']['users'];

/** Accounts with masked NIPs; the admin may reveal one (logged as personal-data processing). */
export function UsersPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [users, setUsers] = useState<Users>([]);
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiErrorBody | null>(null);
  useEffect(() => {
    void api
      .GET('/api/agencies/{agencyId}/users', { params: { path: { agencyId: user.agency.id } } })
      .then((result) => setUsers(result.data?.users ?? []));
  }, [user.agency.id]);
  const reveal = async (userId: string) => {
    const { data, error: failure } = await api.GET('/api/agencies/{agencyId}/users/{userId}/personal-data', {
      params: { path: { agencyId: user.agency.id, userId }, query: { purpose: 'employee.verification' } },
    });
    setError(failure ?? null);
    if (data?.nip) setRevealed({ ...revealed, [userId]: data.nip });
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
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t(texts.users)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(texts.username)}</th>
                <th scope="col">{t({ id: 'Peran', en: 'Role' })}</th>
                <th scope="col">NIP</th>
              </tr>
            </thead>
            <tbody>
              {users.map((row) => (
                <tr key={row.id}>
                  <td>{row.username}</td>
                  <td>{t(row.roleLabel)}</td>
                  <td>
                    <code>{revealed[row.id] ?? row.nipMasked ?? '–'}</code>{' '}
                    {canDo(user.role, 'create') && !revealed[row.id] && row.nipMasked && (
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
      </Card>
    </>
  );
}
