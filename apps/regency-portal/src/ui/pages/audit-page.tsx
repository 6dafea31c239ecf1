import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { Card } from '../components.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import { LoadView, useLoad } from '../load.js';
import { useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';
import { roleLabel } from './my-data-page.js';

type EventsQuery = NonNullable<paths['/api/agencies/{agencyId}/audit/events']['get']['parameters']['query']>;
type AuditEvent =
  paths['/api/agencies/{agencyId}/audit/events']['get']['responses']['200']['content']['application/json']['events'][number];

const actionGroups: [string, Text][] = [
  ['', { id: 'Semua tindakan', en: 'All actions' }],
  ['auth.', { id: 'Masuk dan keluar', en: 'Sign-in and sign-out' }],
  ['user.', { id: 'Pengelolaan akun', en: 'Account management' }],
  ['data-request.', { id: 'Permintaan data pribadi', en: 'Personal data requests' }],
  ['assessment.', { id: 'Penilaian SPBE', en: 'SPBE assessments' }],
  ['inventory.', { id: 'Inventaris', en: 'Inventories' }],
  ['dataset.', { id: 'Satu Data', en: 'Satu Data' }],
  ['route.', { id: 'Akses ditolak ke fungsi', en: 'Denied access to a function' }],
  ['audit.', { id: 'Membaca jejak audit', en: 'Reading the audit trail' }],
];

const outcomes: [string, Text][] = [
  ['', { id: 'Semua hasil', en: 'All outcomes' }],
  ['success', { id: 'Berhasil', en: 'Succeeded' }],
  ['failure', { id: 'Gagal', en: 'Failed' }],
  ['denied', { id: 'Ditolak', en: 'Denied' }],
];

const fieldLabels: Record<string, Text> = {
  username: { id: 'Nama pengguna', en: 'Username' },
  displayName: { id: 'Nama tampilan', en: 'Display name' },
  role: { id: 'Peran', en: 'Role' },
  nip: { id: 'NIP', en: 'NIP' },
  disabled: { id: 'Nonaktif', en: 'Disabled' },
};

/** A change's before → after, one line per field (personal data arrives pseudonymised). */
function ChangeView({ change }: { change: AuditEvent['change'] }) {
  const { t } = useLanguage();
  if (!change) return null;
  const fields = [...new Set([...Object.keys(change.before), ...Object.keys(change.after)])];
  const show = (field: string, value: unknown) => {
    if (value === undefined || value === null) return '–';
    if (typeof value === 'boolean') return value ? t({ id: 'ya', en: 'yes' }) : t({ id: 'tidak', en: 'no' });
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text.startsWith('pseudonym:')) return `${t({ id: 'pseudonim', en: 'pseudonym' })} ${text.slice(10, 18)}…`;
    return field === 'role' ? t(roleLabel(text)) : text;
  };
  return (
    <ul className="change-list">
      {fields.map((field) => (
        <li key={field}>
          {Object.hasOwn(fieldLabels, field) ? t(fieldLabels[field]) : field}: {show(field, change.before[field])} →{' '}
          {show(field, change.after[field])}
        </li>
      ))}
    </ul>
  );
}

/** The live integrity check and the latest signed checkpoint (re-signed by the server as the log grows). */
function Integrity() {
  const { user } = useSession();
  const { t } = useLanguage();
  const { state, reload } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/audit/integrity', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  return (
    <LoadView state={state} onRetry={reload}>
      {(integrity) => (
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
          <button type="button" onClick={reload}>
            {t({ id: 'Periksa lagi', en: 'Check again' })}
          </button>
          {integrity.checkpoint && (
            <>
              <h3>{t({ id: 'Checkpoint bertanda tangan terbaru', en: 'Latest signed checkpoint' })}</h3>
              <pre className="note">{integrity.checkpoint.note}</pre>
            </>
          )}
          <p className="hint">
            {t({ id: 'Kunci verifikasi', en: 'Verifier key' })}:{' '}
            <code className="breakable">{integrity.verifierKey}</code>
          </p>
        </>
      )}
    </LoadView>
  );
}

/** Two signed checkpoints and the consistency proof between them, for `spbe audit verify-checkpoints`. */
function Consistency() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [older, setOlder] = useState<number | null>(null);
  const [newer, setNewer] = useState<number | null>(null);
  const { state, reload } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/audit/checkpoints', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const base = `/api/agencies/${user.agency.id}/audit`;
  return (
    <LoadView state={state} onRetry={reload}>
      {({ checkpoints }) => {
        if (checkpoints.length < 2)
          return (
            <p>
              {t({
                id: 'Baru ada satu checkpoint; bukti konsistensi tersedia setelah log bertambah.',
                en: 'Only one checkpoint so far; a consistency proof is available once the log grows.',
              })}
            </p>
          );
        const from = older ?? checkpoints[0]!.size;
        const to = newer ?? checkpoints.at(-1)!.size;
        const options = checkpoints.map((checkpoint) => (
          <option key={checkpoint.size} value={checkpoint.size}>
            {checkpoint.size}
          </option>
        ));
        return (
          <>
            <div className="inline-form">
              <label htmlFor="older-checkpoint">
                {t({ id: 'Checkpoint lama (ukuran)', en: 'Older checkpoint (size)' })}
              </label>
              <select id="older-checkpoint" value={from} onChange={(event) => setOlder(Number(event.target.value))}>
                {options}
              </select>
              <label htmlFor="newer-checkpoint">
                {t({ id: 'Checkpoint baru (ukuran)', en: 'Newer checkpoint (size)' })}
              </label>
              <select id="newer-checkpoint" value={to} onChange={(event) => setNewer(Number(event.target.value))}>
                {options}
              </select>
            </div>
            {from > to ? (
              <p className="error">
                {t({ id: 'Checkpoint lama harus lebih kecil.', en: 'The older checkpoint must be the smaller one.' })}
              </p>
            ) : (
              <p className="actions">
                <a href={`${base}/checkpoints/${from}`} download data-testid="older-link">
                  checkpoint-{from}.txt
                </a>
                <a href={`${base}/checkpoints/${to}`} download data-testid="newer-link">
                  checkpoint-{to}.txt
                </a>
                <a href={`${base}/consistency?from=${from}&to=${to}`} download data-testid="consistency-link">
                  consistency-{from}-{to}.json
                </a>
              </p>
            )}
            <p className="hint">
              {t({ id: 'Verifikasi secara luring', en: 'Verify offline' })}:{' '}
              <code className="breakable">{`spbe audit verify-checkpoints checkpoint-${from}.txt checkpoint-${to}.txt --proof consistency-${from}-${to}.json --key "…"`}</code>
            </p>
          </>
        );
      }}
    </LoadView>
  );
}

/** Filter controls: action group, outcome, actor, dates. */
function Filters({ onApply }: { onApply: (query: EventsQuery) => void }) {
  const { user } = useSession();
  const { t } = useLanguage();
  const [form, setForm] = useState({ action: '', outcome: '', actorUser: '', from: '', to: '' });
  const users = useLoad(
    () => api.GET('/api/agencies/{agencyId}/users', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const set = (name: keyof typeof form) => ({
    id: `filter-${name}`,
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query: EventsQuery = { limit: 50 };
    if (form.action) query.action = form.action;
    if (form.outcome) query.outcome = form.outcome as EventsQuery['outcome'];
    if (form.actorUser) query.actorUser = form.actorUser;
    if (form.from) query.from = form.from;
    if (form.to) query.to = form.to;
    onApply(query);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t({ id: 'Saring peristiwa', en: 'Filter events' })}>
      <div>
        <label htmlFor="filter-action">{t({ id: 'Tindakan', en: 'Action' })}</label>
        <select {...set('action')}>
          {actionGroups.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-outcome">{t({ id: 'Hasil', en: 'Outcome' })}</label>
        <select {...set('outcome')}>
          {outcomes.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-actorUser">{t({ id: 'Pelaku', en: 'Actor' })}</label>
        <select {...set('actorUser')}>
          <option value="">{t({ id: 'Semua pelaku', en: 'All actors' })}</option>
          {users.state.status === 'ready' &&
            users.state.data.users.map((account) => (
              <option key={account.id} value={account.id}>
                {account.username}
              </option>
            ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-from">{t({ id: 'Dari tanggal', en: 'From' })}</label>
        <input type="date" {...set('from')} />
      </div>
      <div>
        <label htmlFor="filter-to">{t({ id: 'Sampai tanggal', en: 'To' })}</label>
        <input type="date" {...set('to')} />
      </div>
      <button type="submit">{t({ id: 'Terapkan', en: 'Apply' })}</button>
    </form>
  );
}

/** The newest events matching the filters, with readable labels and what each change changed. */
function Events({ query }: { query: EventsQuery }) {
  const { user } = useSession();
  const { t, language } = useLanguage();
  const { state, reload } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/audit/events', { params: { path: { agencyId: user.agency.id }, query } }),
    [user.agency.id, JSON.stringify(query)],
  );
  return (
    <LoadView state={state} onRetry={reload}>
      {({ events }) =>
        events.length === 0 ? (
          <p>{t({ id: 'Tidak ada peristiwa yang cocok.', en: 'No matching events.' })}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="audit-events" className="stack-table">
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
                {events.map((event) => (
                  <tr key={event.index}>
                    <td data-label="#">{event.index}</td>
                    <td data-label={t({ id: 'Waktu', en: 'Time' })}>
                      {new Date(event.timestamp).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')}
                    </td>
                    <td data-label={t({ id: 'Tindakan', en: 'Action' })}>
                      {t(event.actionLabel)}
                      {event.subjects > 0 && (
                        <span className="tag">{t({ id: 'data pribadi', en: 'personal data' })}</span>
                      )}
                      {event.purposeLabel && <div className="hint">{t(event.purposeLabel)}</div>}
                      <ChangeView change={event.change} />
                    </td>
                    <td data-label={t({ id: 'Peran', en: 'Role' })}>
                      {event.actorRole ? t(roleLabel(event.actorRole)) : '–'}
                    </td>
                    <td data-label={t({ id: 'Hasil', en: 'Outcome' })}>
                      {t(event.outcomeLabel)}
                      {event.reasonLabel && <div className="hint">{t(event.reasonLabel)}</div>}
                    </td>
                    <td data-label={t({ id: 'Bukti', en: 'Proof' })}>
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
        )
      }
    </LoadView>
  );
}

/** The audit trail: live integrity check, checkpoints and consistency proofs, filtered events with proof bundles. */
export function AuditPage() {
  const { t } = useLanguage();
  const [query, setQuery] = useState<EventsQuery>({ limit: 50 });
  return (
    <>
      <h1>{t(texts.audit)}</h1>
      <Card title={t(texts.integrity)} id="integrity">
        <Integrity />
      </Card>
      <Card
        title={t({ id: 'Bukti konsistensi antar-checkpoint', en: 'Consistency proof between checkpoints' })}
        id="consistency"
      >
        <Consistency />
      </Card>
      <Card title={t({ id: 'Peristiwa (pseudonim)', en: 'Events (pseudonymised)' })} id="events">
        <Filters onApply={setQuery} />
        <Events query={query} />
      </Card>
    </>
  );
}
