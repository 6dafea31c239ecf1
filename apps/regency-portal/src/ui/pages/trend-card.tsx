import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card, PredicateBadge } from '../components.js';
import { texts, useIndexDisplay, useLanguage, useNumber } from '../i18n.js';
import { useMethodologyName } from './province-parts.js';
import type { paths } from '../../generated/portal-api.js';

type History =
  paths['/api/agencies/{agencyId}/dashboard']['get']['responses']['200']['content']['application/json']['history'];
type Series = History[number];

/** One colour per methodology, so two charts are never read as one line. */
const seriesColours: Record<Series['methodology'], string> = { 'spbe-2020': '#1d4ed8', 'pemdi-2026': '#b45309' };

/** A change with its sign in the language's number format: +0,25 / −0,50 / –. */
function useChange() {
  const number = useNumber();
  return (delta: number | null) =>
    delta === null ? '–' : delta > 0 ? `+${number(delta)}` : delta < 0 ? `−${number(-delta)}` : number(0);
}

/** One methodology: its own chart on its own 1–5 scale, and the same figures as a table (the accessible view). */
function SeriesView({ series }: { series: Series }) {
  const { t } = useLanguage();
  const show = useIndexDisplay();
  const change = useChange();
  const methodologyName = useMethodologyName();
  const name = methodologyName(series.methodology);
  const headingId = `trend-${series.methodology}`;
  const span = series.from === series.to ? String(series.from) : `${series.from}–${series.to}`;
  return (
    <section aria-labelledby={headingId} className="trend-series" data-testid={`trend-${series.methodology}`}>
      <h3 id={headingId}>
        {name} <span className="hint">({span})</span>
      </h3>
      <figure className="chart" aria-label={`${t(texts.trend)}: ${name}`}>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart
            data={series.points.map((point) => ({ year: String(point.year), index: point.index }))}
            margin={{ top: 8, right: 20, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} />
            <Tooltip />
            <Line
              type="monotone"
              dataKey="index"
              name={`${t(texts.index)} ${name}`}
              stroke={seriesColours[series.methodology]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <div className="table-scroll">
        <table className="compact stack-table">
          <caption className="visually-hidden">
            {t(texts.trend)}: {name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(texts.year)}</th>
              <th scope="col">{t(texts.index)}</th>
              <th scope="col">{t(texts.predicate)}</th>
              <th scope="col">{t({ id: 'Perubahan', en: 'Change' })}</th>
              <th scope="col">{t({ id: 'Dasar nilai', en: 'Values' })}</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.year}>
                <td data-label={t(texts.year)}>
                  {point.year}
                  {point.isSample && <span className="tag">{t({ id: 'contoh', en: 'sample' })}</span>}
                </td>
                <td data-label={t(texts.index)}>{show(point.indexDisplay)}</td>
                <td data-label={t(texts.predicate)}>
                  <PredicateBadge predicate={point.predicate} />
                </td>
                <td data-label={t({ id: 'Perubahan', en: 'Change' })}>{change(point.delta)}</td>
                <td data-label={t({ id: 'Dasar nilai', en: 'Values' })}>
                  {point.basis === 'assessor'
                    ? t({ id: 'asesor (terverifikasi)', en: 'assessor (verified)' })
                    : t({ id: 'penilaian mandiri', en: 'self-assessment' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The agency's index over the years, one chart and table per methodology: SPBE 2020 and Pemdi 2026 measure
 * different indicators on different bands, so their years are never drawn as one line.
 */
export function TrendCard({ history }: { history: History }) {
  const { t } = useLanguage();
  return (
    <Card title={t(texts.trend)} id="trend-card">
      {history.length === 0 ? (
        <p className="hint">
          {t({ id: 'Belum ada tahun dengan hasil lengkap.', en: 'No year with a complete result yet.' })}
        </p>
      ) : (
        <>
          {history.length > 1 && (
            <p className="hint">
              {t({
                id: 'Setiap metodologi punya grafiknya sendiri: indikator dan rentang predikatnya berbeda, jadi indeksnya tidak dapat dibandingkan dalam satu garis.',
                en: 'Each methodology has its own chart: their indicators and predikat bands differ, so their indices cannot be compared on one line.',
              })}
            </p>
          )}
          <div className="trend-grid">
            {history.map((series) => (
              <SeriesView key={series.methodology} series={series} />
            ))}
          </div>
        </>
      )}
    </Card>
  );
}
