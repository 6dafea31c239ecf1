import { useEffect, useState } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage, StatusLabel } from '../components.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import { canDo, useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Datasets = paths['/api/agencies/{agencyId}/datasets']['get']['responses']['200']['content']['application/json'];

const eventLabels: Record<string, Text> = {
  submit: { id: 'Ajukan ke walidata', en: 'Submit to the walidata' },
  revise: { id: 'Perbaiki', en: 'Revise' },
  check: { id: 'Nyatakan sesuai prinsip Satu Data', en: 'Confirm it meets the Satu Data principles' },
  publish: { id: 'Terbitkan ke portal Satu Data (CKAN)', en: 'Publish to the Satu Data portal (CKAN)' },
  reject: { id: 'Tolak', en: 'Reject' },
  withdraw: { id: 'Tarik dari portal Satu Data', en: 'Withdraw from the Satu Data portal' },
};

/** Events that need the walidata's reason. */
const needsReason = (event: string) => event === 'reject' || event === 'withdraw';

/** Satu Data: the produsen submits, the walidata checks and publishes to CKAN. */
export function DatasetsPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [data, setData] = useState<Datasets | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  // One reason per dataset, so a rejection is never sent with another dataset's reason.
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const load = () =>
    void api
      .GET('/api/agencies/{agencyId}/datasets', { params: { path: { agencyId: user.agency.id } } })
      .then((result) => setData(result.data ?? null));
  useEffect(load, [user.agency.id]);

  const act = async (itemId: string, event: string) => {
    const path = { agencyId: user.agency.id, itemId };
    const result =
      event === 'submit' || event === 'revise'
        ? await api.POST('/api/agencies/{agencyId}/datasets/{itemId}/producer', { params: { path }, body: { event } })
        : event === 'reject' || event === 'withdraw'
          ? await api.POST('/api/agencies/{agencyId}/datasets/{itemId}/walidata', {
              params: { path },
              body: { event, reason: reasons[itemId] ?? '' },
            })
          : await api.POST('/api/agencies/{agencyId}/datasets/{itemId}/walidata', {
              params: { path },
              body: { event: event as 'check' | 'publish' },
            });
    setError(result.error ?? null);
    load();
  };

  const allowed = (event: string) =>
    event === 'submit' || event === 'revise' ? canDo(user.role, 'fill') : canDo(user.role, 'walidata');

  return (
    <>
      <h1>{t(texts.datasets)}</h1>
      <p className="hint">
        {t({
          id: 'Alur Perpres 39/2019: produsen data mengajukan, walidata memeriksa lalu menerbitkan ke portal Satu Data.',
          en: 'Perpres 39/2019 workflow: the data producer submits, the walidata checks and publishes to the Satu Data portal.',
        })}
        {data?.ckanUrl && (
          <>
            {' '}
            CKAN: <code>{data.ckanUrl}</code>
          </>
        )}
      </p>
      <ErrorMessage error={error} />
      {(data?.datasets ?? []).map((dataset) => (
        <Card key={dataset.itemId} title={`${dataset.code} — ${dataset.title}`}>
          <p>
            {t(texts.status)}: <StatusLabel status={dataset.state.status} />{' '}
            {dataset.state.reason && <em>({dataset.state.reason})</em>}
          </p>
          {dataset.ckan && (
            <p>
              CKAN:{' '}
              <a href={dataset.ckan.url} target="_blank" rel="noreferrer">
                {dataset.ckan.name}
              </a>
            </p>
          )}
          {canDo(user.role, 'walidata') && dataset.allowedNext.some(needsReason) && (
            <div className="inline-form">
              <label htmlFor={`reason-${dataset.itemId}`}>
                {t({ id: 'Alasan (untuk penolakan atau penarikan)', en: 'Reason (for a rejection or withdrawal)' })}
              </label>
              <input
                id={`reason-${dataset.itemId}`}
                value={reasons[dataset.itemId] ?? ''}
                onChange={(event) => setReasons({ ...reasons, [dataset.itemId]: event.target.value })}
              />
            </div>
          )}
          <div className="actions">
            {dataset.allowedNext.filter(allowed).map((event) => (
              <button
                key={event}
                type="button"
                className={needsReason(event) ? 'secondary' : undefined}
                disabled={needsReason(event) && !(reasons[dataset.itemId] ?? '').trim()}
                onClick={() => void act(dataset.itemId, event)}
              >
                {t(eventLabels[event] ?? { id: event, en: event })}
              </button>
            ))}
          </div>
        </Card>
      ))}
    </>
  );
}
