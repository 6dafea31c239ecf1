import { methodologyLabels } from '@spbe-kit/models/labels';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api.js';
import { Card, PredicateBadge } from '../components.js';
import { LoadView, useLoad } from '../load.js';
import { texts, useIndexDisplay, useLanguage, useNumber, type Text } from '../i18n.js';
import { useSession } from '../session.js';
import {
  ColumnSummary,
  RegencyDetail,
  statusLabels,
  useMethodologyName,
  type Overview,
  type ProvinceRow,
} from './province-parts.js';

type Methodology = keyof typeof methodologyLabels;
type SortKey = 'name' | 'index' | 'change' | 'status';

const sortLabels: Record<SortKey, Text> = {
  name: { id: 'Nama', en: 'Name' },
  index: texts.index,
  change: { id: 'Perubahan', en: 'Change' },
  status: texts.status,
};

function sortRows(rows: readonly ProvinceRow[], key: SortKey, ascending: boolean): ProvinceRow[] {
  const value = (row: ProvinceRow) =>
    key === 'name' ? row.name : key === 'status' ? row.status : (row[key] ?? Number.NEGATIVE_INFINITY);
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'id') : Number(x) - Number(y);
  });
  return ascending ? sorted : sorted.reverse();
}

/** The year and methodology of the column shown (one methodology at a time), and the export links. */
function ColumnPicker(props: {
  data: Overview;
  onChange: (column: { year?: number; methodology?: Methodology }) => void;
  exportUrl: (format: 'csv' | 'xlsx') => string;
}) {
  const { t } = useLanguage();
  const methodologyName = useMethodologyName();
  const years = [...new Set(props.data.columns.map((column) => column.year))].sort((a, b) => b - a);
  const { year, methodology } = props.data.selected;
  return (
    <div className="column-picker">
      <div>
        <label htmlFor="province-year">{t(texts.year)}</label>
        <select
          id="province-year"
          value={year ?? ''}
          onChange={(event) =>
            props.onChange({ year: Number(event.target.value), methodology: methodology as Methodology })
          }
        >
          {years.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="province-methodology">{t(texts.methodology)}</label>
        <select
          id="province-methodology"
          value={methodology ?? ''}
          onChange={(event) =>
            props.onChange({ year: year ?? undefined, methodology: event.target.value as Methodology })
          }
        >
          {Object.keys(methodologyLabels).map((id) => (
            <option key={id} value={id}>
              {methodologyName(id)}
            </option>
          ))}
        </select>
      </div>
      <p className="actions downloads">
        <a href={props.exportUrl('csv')} download>
          {t({ id: 'Unduh CSV', en: 'Download CSV' })}
        </a>
        <a href={props.exportUrl('xlsx')} download>
          {t({ id: 'Unduh Excel (xlsx)', en: 'Download Excel (xlsx)' })}
        </a>
      </p>
    </div>
  );
}

/** The regencies of the column, sortable by name, index, change and status; a name opens its details. */
function RegencyTable(props: { rows: readonly ProvinceRow[]; onOpen: (row: ProvinceRow) => void }) {
  const { t } = useLanguage();
  const show = useIndexDisplay();
  const number = useNumber();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'index', ascending: false });
  const rows = sortRows(props.rows, sort.key, sort.ascending);
  const header = (key: SortKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, ascending: sort.key === key ? !sort.ascending : key === 'name' })}
      >
        {t(sortLabels[key])}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <div className="sort-picker">
        <div>
          <label htmlFor="province-sort">{t({ id: 'Urutkan menurut', en: 'Sort by' })}</label>
          <select
            id="province-sort"
            value={`${sort.key}:${sort.ascending ? 'asc' : 'desc'}`}
            onChange={(event) => {
              const [key, direction] = event.target.value.split(':') as [SortKey, string];
              setSort({ key, ascending: direction === 'asc' });
            }}
          >
            {(Object.keys(sortLabels) as SortKey[]).flatMap((key) =>
              (['asc', 'desc'] as const).map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {t(sortLabels[key])} (
                  {t(direction === 'asc' ? { id: 'naik', en: 'ascending' } : { id: 'turun', en: 'descending' })})
                </option>
              )),
            )}
          </select>
        </div>
      </div>
      <table data-testid="province-table" className="province-table stack-table">
        <caption className="visually-hidden">
          {t({ id: 'Indeks kabupaten/kota', en: 'Index of regencies and cities' })}
        </caption>
        <thead>
          <tr>
            {header('name')}
            {header('index')}
            <th scope="col">{t(texts.predicate)}</th>
            {header('change')}
            {header('status')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.regionCode} className={row.status === 'verified' ? undefined : 'row-missing'}>
              <td data-label={t(sortLabels.name)}>
                <button type="button" className="link-button" onClick={() => props.onOpen(row)}>
                  {row.name}
                </button>
                {row.isSample && <span className="tag">{t({ id: 'contoh', en: 'sample' })}</span>}
              </td>
              <td data-label={t(texts.index)}>{show(row.indexDisplay)}</td>
              <td data-label={t(texts.predicate)}>
                <PredicateBadge predicate={row.predicate} />
              </td>
              <td data-label={t(sortLabels.change)}>
                {row.change === null ? '–' : `${row.change > 0 ? '+' : ''}${number(row.change)}`}
              </td>
              <td data-label={t(texts.status)}>{t(statusLabels[row.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The province coordinator's view of every regency/city, one year under one methodology at a time. */
export function ProvincePage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const methodologyName = useMethodologyName();
  const [column, setColumn] = useState<{ year?: number; methodology?: Methodology }>({});
  const [detail, setDetail] = useState<string | null>(null);
  const { state, reload } = useLoad(
    () =>
      api.GET('/api/agencies/{agencyId}/province-overview', {
        params: { path: { agencyId: user.agency.id }, query: column },
      }),
    [user.agency.id, column.year, column.methodology],
  );
  // Loading, or a failure (network, 5xx, a proxy's page) with a retry.
  if (state.status !== 'ready')
    return (
      <>
        <h1>
          {t(texts.province)} — {user.agency.name}
        </h1>
        <LoadView state={state} onRetry={reload}>
          {() => null}
        </LoadView>
      </>
    );
  const data: Overview = state.data;
  const exportUrl = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams({ format });
    if (data.selected.year) query.set('year', String(data.selected.year));
    if (data.selected.methodology) query.set('methodology', data.selected.methodology);
    return `/api/agencies/${encodeURIComponent(user.agency.id)}/province-overview/export?${query}`;
  };
  const opened = data.rows.find((row) => row.regionCode === detail);
  const verified = data.rows.filter((row) => row.status === 'verified');
  return (
    <>
      <h1>
        {t(texts.province)} — {user.agency.name}
      </h1>
      <ColumnPicker data={data} onChange={setColumn} exportUrl={exportUrl} />
      <Card
        title={`${data.selected.year ?? '–'} · ${methodologyName(data.selected.methodology)}`}
        id="province-table-title"
      >
        <ColumnSummary data={data} />
        <RegencyTable rows={data.rows} onOpen={(row) => setDetail(row.regionCode)} />
      </Card>
      {opened && <RegencyDetail row={opened} onClose={() => setDetail(null)} />}
      <div className="grid">
        <Card title={t(texts.index)} id="province-index-chart">
          <figure className="chart" aria-label={t(texts.index)}>
            <ResponsiveContainer width="100%" height={Math.max(160, verified.length * 30)}>
              <BarChart
                data={verified.map((row) => ({ name: row.name.replace(/^(Kabupaten|Kota) /, ''), index: row.index }))}
                layout="vertical"
                margin={{ left: 8, right: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 5]} />
                <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="index" name={t(texts.index)} fill="#1d4ed8" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        </Card>
        <Card title={t({ id: 'Sebaran predikat', en: 'Distribution by rating' })} id="province-distribution">
          <figure className="chart" aria-label={t({ id: 'Sebaran predikat', en: 'Distribution by rating' })}>
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={data.distribution}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="predicate" interval={0} tick={{ fontSize: 11 }} />
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
