import { api } from '../api.js';
import { Card } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import { LoadView, useLoad } from '../load.js';

/** "Who processed my data" (UU PDP Pasal 32), from the audit trail's pseudonymised subjects. */
export function MyDataPage() {
  const { t, language } = useLanguage();
  const { state, reload } = useLoad(() => api.GET('/api/me/personal-data-processing'), []);
  return (
    <>
      <h1>{t({ id: 'Siapa yang memproses data saya', en: 'Who processed my data' })}</h1>
      <Card
        title={t({ id: 'Pemrosesan NIP Anda (UU PDP Pasal 32)', en: 'Processing of your NIP (UU PDP art. 32)' })}
        id="my-data"
      >
        <LoadView state={state} onRetry={reload}>
          {(data) =>
            !data.hasNip ? (
              <p>{t({ id: 'Akun Anda tidak menyimpan NIP.', en: 'Your account holds no NIP.' })}</p>
            ) : data.events.length === 0 ? (
              <p>
                {t({
                  id: 'Belum ada yang memproses data pribadi Anda.',
                  en: 'Nobody has processed your personal data yet.',
                })}
              </p>
            ) : (
              <div className="table-scroll">
                <table className="stack-table">
                  <caption className="visually-hidden">{t(texts.myData)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t({ id: 'Waktu', en: 'Time' })}</th>
                      <th scope="col">{t({ id: 'Tindakan', en: 'Action' })}</th>
                      <th scope="col">{t({ id: 'Oleh (peran)', en: 'By (role)' })}</th>
                      <th scope="col">{t({ id: 'Tujuan', en: 'Purpose' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.events.map((event) => (
                      <tr key={event.index}>
                        <td data-label={t({ id: 'Waktu', en: 'Time' })}>
                          {new Date(event.timestamp).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')}
                        </td>
                        <td data-label={t({ id: 'Tindakan', en: 'Action' })}>{t(event.actionLabel)}</td>
                        <td data-label={t({ id: 'Oleh (peran)', en: 'By (role)' })}>
                          {event.actorRole ? t(roleLabel(event.actorRole)) : '–'}
                        </td>
                        <td data-label={t({ id: 'Tujuan', en: 'Purpose' })}>
                          {event.purposeLabel ? t(event.purposeLabel) : '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </LoadView>
      </Card>
    </>
  );
}

/** A role code in words (the audit trail keeps the code). */
export function roleLabel(role: string): { id: string; en: string } {
  const labels: Record<string, { id: string; en: string }> = {
    admin: { id: 'Admin Diskominfo', en: 'Diskominfo administrator' },
    operator: { id: 'Operator OPD', en: 'OPD operator' },
    asesor: { id: 'Asesor internal', en: 'Internal assessor' },
    auditor: { id: 'Auditor', en: 'Auditor' },
    coordinator: { id: 'Koordinator provinsi', en: 'Province coordinator' },
    'privacy-officer': { id: 'Pejabat PDP', en: 'Data protection officer' },
  };
  return (
    (Object.hasOwn(labels, role) ? labels[role] : undefined) ?? {
      id: `Peran lain (${role})`,
      en: `Other role (${role})`,
    }
  );
}
