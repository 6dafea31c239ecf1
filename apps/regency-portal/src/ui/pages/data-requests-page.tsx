import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import { failureMessage, LoadView, useLoad } from '../load.js';
import { useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Base = '/api/agencies/{agencyId}/data-requests';
type Request = paths[Base]['get']['responses']['200']['content']['application/json']['requests'][number];
type Answer =
  paths['/api/agencies/{agencyId}/data-requests/{requestId}/lookup']['post']['responses']['200']['content']['application/json'];

const identityChecks: Record<Request['identityCheck'], Text> = {
  'ktp-el-reader': { id: 'KTP-el dibaca dengan card reader', en: 'KTP-el read with a card reader' },
  'ktp-el-seen': { id: 'KTP-el asli diperiksa langsung', en: 'Original KTP-el checked in person' },
  'dukcapil-verification': { id: 'Verifikasi data Dukcapil', en: 'Dukcapil data verification' },
  'power-of-attorney': { id: 'Kuasa tertulis dan KTP-el kuasa', en: 'Written power of attorney and its KTP-el' },
};

/** Why an API call failed, in the shape ErrorMessage shows. */
function failureOf(status: number, failure: unknown, t: (text: Text) => string): ApiErrorBody | string {
  return status < 500 && failure && typeof failure === 'object' && 'error' in failure
    ? (failure as ApiErrorBody)
    : t(failureMessage(status, failure));
}

/** Records a citizen's request: its number, how the identity was checked, when it arrived. */
function RecordRequest({ onRecorded }: { onRecorded: (request: Request) => void }) {
  const { user } = useSession();
  const { t } = useLanguage();
  const [requestNumber, setRequestNumber] = useState('');
  const [identityCheck, setIdentityCheck] = useState<Request['identityCheck']>('ktp-el-reader');
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<ApiErrorBody | string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const {
        data,
        error: failure,
        response,
      } = await api.POST(`/api/agencies/{agencyId}/data-requests`, {
        params: { path: { agencyId: user.agency.id } },
        body: { requestNumber, identityCheck, receivedOn },
      });
      setError(data ? null : failureOf(response.status, failure, t));
      if (data) {
        setRequestNumber('');
        onRecorded(data);
      }
    } catch (cause) {
      setError(t(failureMessage(0, cause)));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="narrow-form">
      <label htmlFor="request-number">{t({ id: 'Nomor permintaan', en: 'Request number' })}</label>
      <input
        id="request-number"
        required
        value={requestNumber}
        placeholder="PDP/2026/001"
        onChange={(event) => setRequestNumber(event.target.value)}
      />
      <label htmlFor="identity-check">
        {t({ id: 'Cara identitas diperiksa', en: 'How the identity was checked' })}
      </label>
      <select
        id="identity-check"
        value={identityCheck}
        onChange={(event) => setIdentityCheck(event.target.value as Request['identityCheck'])}
      >
        {Object.entries(identityChecks).map(([value, label]) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
      <label htmlFor="received-on">{t({ id: 'Tanggal diterima', en: 'Received on' })}</label>
      <input
        id="received-on"
        type="date"
        required
        value={receivedOn}
        onChange={(event) => setReceivedOn(event.target.value)}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t({ id: 'Catat permintaan', en: 'Record the request' })}</button>
    </form>
  );
}

/** Looks up one request's NIK and shows the answer with its downloads. */
function LookUp({ request, onAnswered }: { request: Request; onAnswered: () => void }) {
  const { user } = useSession();
  const { t, language } = useLanguage();
  const [nik, setNik] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<ApiErrorBody | string | null>(null);
  const base = `/api/agencies/${user.agency.id}/data-requests/${request.id}/answer`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const {
        data,
        error: failure,
        response,
      } = await api.POST('/api/agencies/{agencyId}/data-requests/{requestId}/lookup', {
        params: { path: { agencyId: user.agency.id, requestId: request.id } },
        body: { nik },
      });
      setError(data ? null : failureOf(response.status, failure, t));
      setAnswer(data ?? null);
      if (data) onAnswered();
    } catch (cause) {
      setError(t(failureMessage(0, cause)));
    } finally {
      // The NIK leaves the page once sent: it is not kept on screen or in memory.
      setNik('');
    }
  };
  return (
    <>
      <form onSubmit={(event) => void submit(event)} className="narrow-form">
        <label htmlFor="nik">{t({ id: 'NIK warga (16 angka)', en: 'Citizen’s NIK (16 digits)' })}</label>
        <input
          id="nik"
          inputMode="numeric"
          autoComplete="off"
          required
          value={nik}
          aria-describedby="nik-hint"
          onChange={(event) => setNik(event.target.value)}
        />
        <p className="hint" id="nik-hint">
          {t({
            id: 'NIK diubah menjadi pseudonim berkunci saat tiba di server; tidak disimpan dan tidak dicatat. Setiap penelusuran dicatat di jejak audit dengan nomor permintaan ini.',
            en: 'The NIK becomes a keyed pseudonym on arrival at the server; it is neither stored nor logged. Every lookup is recorded in the audit trail with this request number.',
          })}
        </p>
        <ErrorMessage error={error} />
        <button type="submit">{t({ id: 'Telusuri', en: 'Look up' })}</button>
      </form>
      {answer && (
        <div data-testid="processing-answer">
          <h3>
            {t({ id: 'Pemrosesan data warga', en: 'Processing of the citizen’s data' })} ({answer.processing.length})
          </h3>
          {answer.processing.length === 0 ? (
            <p>{t({ id: 'Tidak ada pemrosesan tercatat.', en: 'No processing recorded.' })}</p>
          ) : (
            <div className="table-scroll">
              <table className="stack-table">
                <caption className="visually-hidden">{request.requestNumber}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t({ id: 'Waktu', en: 'Time' })}</th>
                    <th scope="col">{t({ id: 'Instansi', en: 'Agency' })}</th>
                    <th scope="col">{t({ id: 'Tindakan', en: 'Action' })}</th>
                    <th scope="col">{t({ id: 'Tujuan', en: 'Purpose' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.processing.map((row) => (
                    <tr key={row.index}>
                      <td data-label={t({ id: 'Waktu', en: 'Time' })}>
                        {new Date(row.timestamp).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')}
                      </td>
                      <td data-label={t({ id: 'Instansi', en: 'Agency' })}>{row.agencyName ?? '–'}</td>
                      <td data-label={t({ id: 'Tindakan', en: 'Action' })}>{t(row.actionLabel)}</td>
                      <td data-label={t({ id: 'Tujuan', en: 'Purpose' })}>
                        {row.purposeLabel ? t(row.purposeLabel) : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="actions">
            <a href={`${base}?format=csv`} download>
              {t({ id: 'Unduh jawaban (CSV)', en: 'Download the answer (CSV)' })}
            </a>
            <a href={`${base}?format=json`} download>
              {t({ id: 'Unduh jawaban (JSON)', en: 'Download the answer (JSON)' })}
            </a>
          </p>
        </div>
      )}
    </>
  );
}

/** "Who processed my data" for citizens (UU PDP Pasal 32): record the request, look up by NIK, export. */
export function DataRequestsPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [selected, setSelected] = useState<string | null>(null);
  const { state, reload } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/data-requests', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  return (
    <>
      <h1>{t(texts.dataRequests)}</h1>
      <Card title={t({ id: 'Catat permintaan warga', en: 'Record a citizen’s request' })} id="record-request">
        <p className="hint">
          {t({
            id: 'Periksa identitas pemohon lebih dulu: jawaban hanya untuk pemilik data (UU PDP Pasal 32). Tidak ada penelusuran tanpa permintaan tercatat.',
            en: 'Check the requester’s identity first: the answer is only for the data’s owner (UU PDP art. 32). No lookup without a recorded request.',
          })}
        </p>
        <RecordRequest
          onRecorded={(request) => {
            setSelected(request.id);
            reload();
          }}
        />
      </Card>
      <Card title={t({ id: 'Permintaan tercatat', en: 'Recorded requests' })} id="requests">
        <LoadView state={state} onRetry={reload}>
          {(data) =>
            data.requests.length === 0 ? (
              <p>{t(texts.noData)}</p>
            ) : (
              <ul className="request-list">
                {data.requests.map((request) => (
                  <li key={request.id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={selected === request.id}
                      onClick={() => setSelected(selected === request.id ? null : request.id)}
                    >
                      {request.requestNumber}
                    </button>{' '}
                    <span className="hint">
                      {request.receivedOn} · {t(identityChecks[request.identityCheck])}
                      {request.answeredAt
                        ? ` · ${t({ id: 'sudah ditelusuri', en: 'looked up' })}`
                        : ` · ${t({ id: 'belum ditelusuri', en: 'not looked up yet' })}`}
                    </span>
                    {selected === request.id && <LookUp request={request} onAnswered={reload} />}
                  </li>
                ))}
              </ul>
            )
          }
        </LoadView>
      </Card>
    </>
  );
}
