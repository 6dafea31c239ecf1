import { useState } from 'react';
import { api, uploadFile, type ApiErrorBody } from '../api.js';
import { LoadView, useLoad } from '../load.js';
import { Card, ErrorMessage, StatusLabel } from '../components.js';
import { texts, useLanguage, useNumber, type Text } from '../i18n.js';
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

type Dataset = Datasets['datasets'][number];

/** The dataset's data files: download, their address on the Satu Data portal, and an upload for the produsen. */
function DatasetFiles(props: { dataset: Dataset; agencyId: string; canUpload: boolean; onChange: () => void }) {
  const { t } = useLanguage();
  const number = useNumber();
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const { dataset } = props;
  const base = `/api/agencies/${encodeURIComponent(props.agencyId)}/datasets/${dataset.itemId}/resources`;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = await uploadFile(base, file);
    setError(result.error ?? null);
    props.onChange();
  };
  const inputId = `resource-${dataset.itemId}`;
  return (
    <div className="dataset-files">
      <h3>{t({ id: 'Berkas data', en: 'Data files' })}</h3>
      {dataset.resources.length === 0 ? (
        <p>{t({ id: 'Belum ada berkas data.', en: 'No data file yet.' })}</p>
      ) : (
        <ul className="files">
          {dataset.resources.map((resource) => (
            <li key={resource.id}>
              <a href={`${base}/${resource.id}`} download>
                {resource.fileName}
              </a>{' '}
              <span className="muted">
                (
                {resource.sizeBytes < 1024
                  ? `${resource.sizeBytes} byte`
                  : `${number(resource.sizeBytes / 1024, 1)} KiB`}
                , SHA-256 <code>{resource.sha256.slice(0, 12)}…</code>)
              </span>
              {resource.ckanUrl && (
                <>
                  {' '}
                  <a href={resource.ckanUrl} target="_blank" rel="noreferrer">
                    {t({
                      id: `${resource.fileName} di portal Satu Data`,
                      en: `${resource.fileName} on the Satu Data portal`,
                    })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canUpload && dataset.state.status !== 'published' && (
        <>
          <label htmlFor={inputId}>
            {t({
              id: 'Tambah berkas data (CSV, XLSX, JSON, TXT, PDF)',
              en: 'Add a data file (CSV, XLSX, JSON, TXT, PDF)',
            })}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,.json,.txt,.pdf,text/csv,application/json,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => void upload(event.target.files?.[0])}
          />
        </>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

/** The walidata's reasons, newest first. */
function ReviewNotes({ dataset }: { dataset: Dataset }) {
  const { t, language } = useLanguage();
  if (dataset.reviewNotes.length === 0) return null;
  const date = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <div className="review-notes">
      <h3>{t({ id: 'Catatan walidata', en: 'Walidata notes' })}</h3>
      <ul>
        {dataset.reviewNotes.map((note) => (
          <li key={note.at + note.sha256}>
            <strong>
              {t(
                note.event === 'reject'
                  ? { id: 'Ditolak', en: 'Rejected' }
                  : { id: 'Ditarik dari portal', en: 'Withdrawn from the portal' },
              )}
            </strong>{' '}
            <span className="muted">{date.format(new Date(note.at))}</span>: {note.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A publication or withdrawal that did not finish: the portal and CKAN are not in step until it is repeated. */
function SyncNotice({ dataset }: { dataset: Dataset }) {
  const { t } = useLanguage();
  if (!dataset.sync) return null;
  const publish = dataset.sync.event === 'publish';
  return (
    <div className="error sync-notice" data-testid={`sync-${dataset.code}`}>
      <p>
        <strong>
          {t(
            publish
              ? {
                  id: 'Penerbitan ke portal Satu Data belum selesai.',
                  en: 'Publishing to the Satu Data portal did not finish.',
                }
              : {
                  id: 'Penarikan dari portal Satu Data belum selesai.',
                  en: 'Withdrawing from the Satu Data portal did not finish.',
                },
          )}
        </strong>{' '}
        {dataset.sync.error && t(dataset.sync.error)}
      </p>
      <p>
        {t(
          publish
            ? {
                id: 'Portal Satu Data mungkin sudah menampilkan sebagian dataset ini. Walidata menekan "Terbitkan ke portal Satu Data (CKAN)" lagi untuk menyelesaikannya; berkas yang sudah terkirim tidak dikirim dua kali.',
                en: 'The Satu Data portal may already show part of this dataset. The walidata presses "Publish to the Satu Data portal (CKAN)" again to finish it; files already sent are not sent twice.',
              }
            : {
                id: 'Walidata menarik dataset ini lagi (dengan alasan) untuk menyelesaikannya.',
                en: 'The walidata withdraws this dataset again (with a reason) to finish it.',
              },
        )}
      </p>
    </div>
  );
}

/** Events that need the walidata's reason. */
const needsReason = (event: string) => event === 'reject' || event === 'withdraw';

/** Satu Data: the produsen submits, the walidata checks and publishes to CKAN. */
export function DatasetsPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [error, setError] = useState<ApiErrorBody | null>(null);
  // One reason per dataset, so a rejection is never sent with another dataset's reason.
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const { state, reload: load } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/datasets', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const data: Datasets | null = state.status === 'ready' ? state.data : null;

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
            <a href={data.ckanUrl} target="_blank" rel="noreferrer">
              {t({ id: 'Portal Satu Data (CKAN)', en: 'Satu Data portal (CKAN)' })}
            </a>
          </>
        )}
      </p>
      <ErrorMessage error={error} />
      {/* Loading, or a failure (network, 5xx, a proxy's page) with a retry. */}
      {!data && (
        <LoadView state={state} onRetry={load}>
          {() => null}
        </LoadView>
      )}
      {(data?.datasets ?? []).map((dataset) => (
        <Card key={dataset.itemId} title={`${dataset.code} — ${dataset.title}`}>
          <p>
            {t(texts.status)}: <StatusLabel status={dataset.state.status} />
          </p>
          {dataset.state.reason && (
            <p className="rejection" data-testid={`reason-${dataset.code}`}>
              <strong>{t({ id: 'Alasan walidata', en: 'Walidata’s reason' })}:</strong> {dataset.state.reason}
            </p>
          )}
          <SyncNotice dataset={dataset} />
          {dataset.ckan && (
            <p>
              <a href={dataset.ckan.url} target="_blank" rel="noreferrer">
                {t({ id: 'Lihat di portal Satu Data (CKAN)', en: 'View on the Satu Data portal (CKAN)' })}
              </a>
            </p>
          )}
          <DatasetFiles
            dataset={dataset}
            agencyId={user.agency.id}
            canUpload={canDo(user.role, 'fill')}
            onChange={load}
          />
          <ReviewNotes dataset={dataset} />
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
