import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage, PredicateBadge } from '../components.js';
import { texts, useIndexDisplay, useLanguage, useNumber } from '../i18n.js';
import { useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Overview =
  paths['/api/agencies/{agencyId}/province-overview']['get']['responses']['200']['content']['application/json'];

/** The province coordinator's view of every regency/city, gathered from their public APIs. */
export function ProvincePage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const number = useNumber();
  const show = useIndexDisplay();
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  useEffect(() => {
    void api
      .GET('/api/agencies/{agencyId}/province-overview', { params: { path: { agencyId: user.agency.id } } })
      .then((result) => {
        setData(result.data ?? null);
        setError(result.error ?? null);
      });
  }, [user.agency.id]);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p className="loading">{t(texts.loading)}</p>;
  return (
    <>
      <h1>
        {t(texts.province)} — {user.agency.name}
      </h1>
      <Card title={t({ id: 'Kabupaten/kota', en: 'Regencies and cities' })} id="province-table">
        <div className="table-scroll">
          <table data-testid="province-table">
            <caption className="visually-hidden">
              {t({ id: 'Indeks kabupaten/kota', en: 'Index of regencies and cities' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Kode', en: 'Code' })}</th>
                <th scope="col">{t({ id: 'Nama', en: 'Name' })}</th>
                <th scope="col">{t(texts.year)}</th>
                <th scope="col">{t(texts.index)}</th>
                <th scope="col">{t(texts.predicate)}</th>
                <th scope="col">{t({ id: 'Perubahan', en: 'Change' })}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.regionCode}>
                  <td>{row.regionCode}</td>
                  <td>
                    {row.name}
                    {row.isSample && <span className="tag">{t({ id: 'contoh', en: 'sample' })}</span>}
                  </td>
                  <td>{row.year ?? '–'}</td>
                  <td>{row.error ? <span className="error">{row.error}</span> : show(row.indexDisplay)}</td>
                  <td>
                    <PredicateBadge predicate={row.predicate} />
                  </td>
                  <td>{row.change === null ? '–' : `${row.change > 0 ? '+' : ''}${number(row.change)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t({ id: 'Statistik per metodologi', en: 'Statistics by methodology' })} id="province-statistics">
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              {t({ id: 'Statistik per metodologi', en: 'Statistics by methodology' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(texts.methodology)}</th>
                <th scope="col">{t({ id: 'Jumlah', en: 'Count' })}</th>
                <th scope="col">{t({ id: 'Rata-rata', en: 'Mean' })}</th>
                <th scope="col">Median</th>
                <th scope="col">{t({ id: 'Terendah–tertinggi', en: 'Lowest–highest' })}</th>
                <th scope="col">{t({ id: 'Peringkat 1', en: 'Rank 1' })}</th>
              </tr>
            </thead>
            <tbody>
              {data.statistics.map((item) => (
                <tr key={item.methodology}>
                  <td>{item.methodology}</td>
                  <td>{item.count}</td>
                  <td>{show(item.mean)}</td>
                  <td>{show(item.median)}</td>
                  <td>
                    {show(item.min)}–{show(item.max)}
                  </td>
                  <td>{data.rows.find((row) => row.regionCode === item.ranking[0]?.regionCode)?.name ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <div className="grid">
        <Card title={t(texts.index)} id="province-index-chart">
          <figure className="chart" aria-label={t(texts.index)}>
            <ResponsiveContainer width="100%" height={320}>
              <BarChart
                data={data.rows.map((row) => ({
                  name: row.name.replace(/^(Kabupaten|Kota) /, ''),
                  index: row.index ?? 0,
                }))}
                layout="vertical"
                margin={{ left: 40 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 5]} />
                <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="index" name={t(texts.index)} fill="#1d4ed8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        </Card>
        <Card title={t({ id: 'Sebaran predikat', en: 'Distribution by rating' })} id="province-distribution">
          <figure className="chart" aria-label={t({ id: 'Sebaran predikat', en: 'Distribution by rating' })}>
            <ResponsiveContainer width="100%" height={320}>
              <BarChart data={data.distribution}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="predicate" interval={0} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name={t({ id: 'Jumlah', en: 'Count' })} fill="#b45309" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
            <figcaption>{data.distribution.map((item) => `${item.predicate}: ${item.count}`).join(' · ')}</figcaption>
          </figure>
        </Card>
      </div>
    </>
  );
}
