import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { Card } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import type { paths } from '../../generated/portal-api.js';

type Processing = paths['/api/me/personal-data-processing']['get']['responses']['200']['content']['application/json'];

/** "Who processed my data" (UU PDP Pasal 32), from the audit trail's pseudonymised subjects. */
export function MyDataPage() {
  const { t, language } = useLanguage();
  const [data, setData] = useState<Processing | null>(null);
  useEffect(() => {
    void api.GET('/api/me/personal-data-processing').then((result) => setData(result.data ?? null));
  }, []);
  return (
    <>
      <h1>{t({ id: 'Siapa yang memproses data saya', en: 'Who processed my data' })}</h1>
      <Card
        title={t({ id: 'Pemrosesan NIP Anda (UU PDP Pasal 32)', en: 'Processing of your NIP (UU PDP art. 32)' })}
        id="my-data"
      >
        {!data ? (
          <p className="loading">{t(texts.loading)}</p>
        ) : !data.hasNip ? (
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
            <table>
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
                    <td>{new Date(event.timestamp).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')}</td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>{event.actorRole ?? '–'}</td>
                    <td>{event.purpose ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
