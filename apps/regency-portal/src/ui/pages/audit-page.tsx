import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { Card } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import { useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Integrity =
  paths['/api/agencies/{agencyId}/audit/integrity']['get']['responses']['200']['content']['application/json'];
type Events = paths['/api/agencies/{agencyId}/audit/events']['get']['responses']['200']['content']['application/json'];

/** The audit trail, a live integrity check, the latest signed checkpoint, proof bundles per event. */
export function AuditPage() {
  const { user } = useSession();
  const { t, language } = useLanguage();
  const [integrity, setIntegrity] = useState<Integrity | null>(null);
  const [events, setEvents] = useState<Events | null>(null);
  const path = { agencyId: user.agency.id };
  const check = () =>
    void api
      .GET('/api/agencies/{agencyId}/audit/integrity', { params: { path } })
      .then((result) => setIntegrity(result.data ?? null));
  useEffect(() => {
    check();
    void api
      .GET('/api/agencies/{agencyId}/audit/events', { params: { path, query: { limit: 50 } } })
      .then((result) => setEvents(result.data ?? null));
  }, [user.agency.id]);

  return (
    <>
      <h1>{t(texts.audit)}</h1>
      <Card title={t(texts.integrity)} id="integrity">
        {!integrity ? (
          <p className="loading">{t(texts.loading)}</p>
        ) : (
          <>
            <p role="status" data-testid="integrity-status" className={integrity.ok ? 'ok' : 'error'}>
              {integrity.ok
                ? t({
                    id: `Log utuh: ${integrity.size} entri dihitung ulang dan cocok.`,
                    en: `Log intact: ${integrity.size} entries recomputed and matching.`,
                  })
                : t({
                    id: `Log RUSAK mulai entri ${integrity.firstBadIndex}: ${integrity.reason}`,
                    en: `Log BROKEN from entry ${integrity.firstBadIndex}: ${integrity.reason}`,
                  })}
            </p>
            <button type="button" onClick={check}>
              {t({ id: 'Periksa lagi', en: 'Check again' })}
            </button>
            {integrity.checkpoint && (
              <>
                <h3>{t({ id: 'Checkpoint bertanda tangan terbaru', en: 'Latest signed checkpoint' })}</h3>
                <pre className="note">{integrity.checkpoint.note}</pre>
              </>
            )}
            <p className="hint">
              {t({ id: 'Kunci verifikasi', en: 'Verifier key' })}: <code>{integrity.verifierKey}</code>
            </p>
            <p className="hint">
              {t({ id: 'Verifikasi bukti secara luring', en: 'Verify a proof offline' })}:{' '}
              <code>spbe audit verify-bundle &lt;file&gt; --key &quot;{integrity.verifierKey}&quot;</code>
            </p>
          </>
        )}
      </Card>
      <Card title={t({ id: 'Peristiwa terbaru (pseudonim)', en: 'Latest events (pseudonymised)' })} id="events">
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t(texts.audit)}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t({ id: 'Waktu', en: 'Time' })}</th>
                <th scope="col">{t({ id: 'Tindakan', en: 'Action' })}</th>
                <th scope="col">{t({ id: 'Peran', en: 'Role' })}</th>
                <th scope="col">{t({ id: 'Hasil', en: 'Outcome' })}</th>
                <th scope="col">{t({ id: 'Bukti', en: 'Proof' })}</th>
              </tr>
            </thead>
            <tbody>
              {(events?.events ?? []).map((event) => (
                <tr key={event.index}>
                  <td>{event.index}</td>
                  <td>{new Date(event.timestamp).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')}</td>
                  <td>
                    <code>{event.action}</code>
                    {event.subjects > 0 && (
                      <span className="tag">{t({ id: 'data pribadi', en: 'personal data' })}</span>
                    )}
                  </td>
                  <td>{event.actorRole ?? '–'}</td>
                  <td>{event.outcome}</td>
                  <td>
                    <a
                      href={`/api/agencies/${user.agency.id}/audit/events/${event.index}/bundle`}
                      download={`audit-proof-${event.index}.txt`}
                      data-testid="bundle-link"
                    >
                      {t(texts.download)} #{event.index}
                    </a>
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
