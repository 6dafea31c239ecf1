import { methodologyLabels } from '@spbe-kit/models/labels';
import { Card, PredicateBadge } from '../components.js';
import { texts, useIndexDisplay, useLanguage, useNumber, type Text } from '../i18n.js';
import type { paths } from '../../generated/portal-api.js';

/** The province overview as the API answers it. */
export type Overview =
  paths['/api/agencies/{agencyId}/province-overview']['get']['responses']['200']['content']['application/json'];
/** One regency's row. */
export type ProvinceRow = Overview['rows'][number];

/** A methodology's name in the user's language (the code when unknown). */
export function useMethodologyName() {
  const { t } = useLanguage();
  return (id: string | null | undefined) =>
    id ? t(methodologyLabels[id as keyof typeof methodologyLabels] ?? { id, en: id }) : '–';
}

/** Labels of a row's status. */
export const statusLabels: Record<ProvinceRow['status'], Text> = {
  verified: { id: 'Terverifikasi', en: 'Verified' },
  'not-submitted': { id: 'Belum ada hasil', en: 'No result yet' },
  error: { id: 'Gagal dihubungi', en: 'Unreachable' },
};

/** The column's key figures and the regencies without a verified result in it. */
export function ColumnSummary({ data }: { data: Overview }) {
  const { t } = useLanguage();
  const show = useIndexDisplay();
  const statistics = data.statistics[0];
  const missing = data.rows.filter((row) => row.status !== 'verified');
  return (
    <div className="column-summary" data-testid="column-summary">
      {statistics && (
        <p>
          {t({ id: 'Rata-rata', en: 'Mean' })}: <strong>{show(statistics.mean)}</strong> · Median:{' '}
          <strong>{show(statistics.median)}</strong> · {t({ id: 'Rentang', en: 'Range' })}: {show(statistics.min)}–
          {show(statistics.max)}
        </p>
      )}
      {missing.length === 0 ? (
        <p className="ok">
          {t({
            id: 'Semua kabupaten/kota sudah memiliki hasil terverifikasi.',
            en: 'Every regency and city has a verified result.',
          })}
        </p>
      ) : (
        <div role="status" className="missing" data-testid="not-submitted">
          <p>
            <strong>
              {t({
                id: `${missing.length} dari ${data.rows.length} kabupaten/kota belum memiliki hasil terverifikasi:`,
                en: `${missing.length} of ${data.rows.length} regencies and cities have no verified result:`,
              })}
            </strong>
          </p>
          <ul>
            {missing.map((row) => (
              <li key={row.regionCode}>
                {row.name} ({t(statusLabels[row.status])})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Drill-down: every verified result of one regency, and its aspect scores in the chosen column. */
export function RegencyDetail({ row, onClose }: { row: ProvinceRow; onClose: () => void }) {
  const { t } = useLanguage();
  const show = useIndexDisplay();
  const number = useNumber();
  const methodologyName = useMethodologyName();
  const current = row.history.find((result) => result.year === row.year && result.methodology === row.methodology);
  return (
    <Card title={row.name} id="regency-detail">
      <p className="muted">
        {t({ id: 'Kode wilayah', en: 'Region code' })} {row.regionCode} · {t({ id: 'Sumber', en: 'Source' })}:{' '}
        <span className="break-url">{row.source}</span>
      </p>
      {row.error && <p className="error">{row.error}</p>}
      {row.history.length === 0 ? (
        <p>{t({ id: 'Belum ada hasil terverifikasi.', en: 'No verified result yet.' })}</p>
      ) : (
        <div className="table-scroll">
          <table className="stack-table">
            <caption>{t({ id: 'Riwayat hasil terverifikasi', en: 'Verified results over time' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(texts.year)}</th>
                <th scope="col">{t(texts.methodology)}</th>
                <th scope="col">{t(texts.index)}</th>
                <th scope="col">{t(texts.predicate)}</th>
              </tr>
            </thead>
            <tbody>
              {[...row.history].reverse().map((result) => (
                <tr key={`${result.year}-${result.methodology}`}>
                  <td data-label={t(texts.year)}>{result.year}</td>
                  <td data-label={t(texts.methodology)}>{methodologyName(result.methodology)}</td>
                  <td data-label={t(texts.index)}>{show(result.indexDisplay)}</td>
                  <td data-label={t(texts.predicate)}>
                    <PredicateBadge predicate={result.predicate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <dl className="aspect-list">
          {Object.entries(current.aspectScores).map(([aspect, score]) => (
            <div key={aspect}>
              <dt>
                {t({ id: 'Aspek', en: 'Aspect' })} {aspect}
              </dt>
              <dd>{number(score)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t({ id: 'Tutup rincian', en: 'Close details' })}
        </button>
      </div>
    </Card>
  );
}
