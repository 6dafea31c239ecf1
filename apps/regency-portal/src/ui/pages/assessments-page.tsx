import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage, PredicateBadge, StatusLabel } from '../components.js';
import { LoadView, useLoad } from '../load.js';
import { texts, useIndexDisplay, useLanguage } from '../i18n.js';
import { Link } from '../router.js';
import { useMethodologyName } from './province-parts.js';
import { canDo, useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type AssessmentList =
  paths['/api/agencies/{agencyId}/assessments']['get']['responses']['200']['content']['application/json']['assessments'];

/** The agency's assessments; the admin opens a new one. */
export function AssessmentsPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const show = useIndexDisplay();
  const methodologyName = useMethodologyName();
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [methodology, setMethodology] = useState<'spbe-2020' | 'pemdi-2026'>('pemdi-2026');
  const { state, reload: load } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/assessments', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const list: AssessmentList | null = state.status === 'ready' ? state.data.assessments : null;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const { error: failure } = await api.POST('/api/agencies/{agencyId}/assessments', {
      params: { path: { agencyId: user.agency.id } },
      body: { year: Number(year), methodology },
    });
    setError(failure ?? null);
    if (!failure) load();
  };

  return (
    <>
      <h1>{t(texts.assessments)}</h1>
      <Card title={t({ id: 'Daftar penilaian', en: 'Assessments' })} id="assessment-list">
        {!list ? (
          // Loading, or a failure (network, 5xx, a proxy's page) with a retry.
          <LoadView state={state} onRetry={load}>
            {() => null}
          </LoadView>
        ) : (
          <div className="table-scroll">
            <table className="stack-table">
              <caption className="visually-hidden">{t(texts.assessments)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(texts.year)}</th>
                  <th scope="col">{t(texts.methodology)}</th>
                  <th scope="col">{t(texts.status)}</th>
                  <th scope="col">{t(texts.self)}</th>
                  <th scope="col">{t(texts.assessor)}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t(texts.open)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((item) => (
                  <tr key={item.id}>
                    <td data-label={t(texts.year)}>
                      {item.year}
                      {item.isSample && <span className="tag">{t({ id: 'contoh', en: 'sample' })}</span>}
                    </td>
                    <td data-label={t(texts.methodology)}>{methodologyName(item.methodology)}</td>
                    <td data-label={t(texts.status)}>
                      <StatusLabel status={item.status} />
                    </td>
                    <td data-label={t(texts.self)}>
                      {item.self.indexDisplay ? show(item.self.indexDisplay) : `${item.self.filled}/${item.self.total}`}{' '}
                      <PredicateBadge predicate={item.self.predicate} />
                    </td>
                    <td data-label={t(texts.assessor)}>
                      {item.assessor.indexDisplay
                        ? show(item.assessor.indexDisplay)
                        : `${item.assessor.filled}/${item.assessor.total}`}{' '}
                      <PredicateBadge predicate={item.assessor.predicate} />
                    </td>
                    <td>
                      <Link
                        href={`/assessments/${item.id}`}
                        aria-label={`${t(texts.open)} ${item.methodology} ${item.year}`}
                      >
                        {t(texts.open)}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {canDo(user.role, 'create') && (
        <Card title={t({ id: 'Buka penilaian baru', en: 'Open a new assessment' })} id="new-assessment">
          <form className="inline-form" onSubmit={(event) => void create(event)}>
            <label htmlFor="new-year">{t(texts.year)}</label>
            <input
              id="new-year"
              type="number"
              min={2018}
              max={2100}
              value={year}
              onChange={(event) => setYear(event.target.value)}
            />
            <label htmlFor="new-methodology">{t(texts.methodology)}</label>
            <select
              id="new-methodology"
              value={methodology}
              onChange={(event) => setMethodology(event.target.value as 'spbe-2020' | 'pemdi-2026')}
            >
              <option value="pemdi-2026">{methodologyName('pemdi-2026')}</option>
              <option value="spbe-2020">{methodologyName('spbe-2020')}</option>
            </select>
            <button type="submit">{t({ id: 'Buka', en: 'Open' })}</button>
          </form>
          <ErrorMessage error={error} />
        </Card>
      )}
    </>
  );
}
