import { useState } from 'react';
import { LoadView, useLoad } from '../load.js';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage, PredicateBadge } from '../components.js';
import { texts, useIndexDisplay, useLanguage, useNumber } from '../i18n.js';
import { canDo, useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';
import { TrendCard } from './trend-card.js';

type Dashboard = paths['/api/agencies/{agencyId}/dashboard']['get']['responses']['200']['content']['application/json'];

/** Current index and predikat, radar of aspects, trend, plan to the next predikat with editable costs. */
export function DashboardPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const number = useNumber();
  const show = useIndexDisplay();
  const { state, reload: load } = useLoad(
    () => api.GET('/api/agencies/{agencyId}/dashboard', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );

  // Loading, or a failure (network, 5xx, a proxy's page) with a retry.
  if (state.status !== 'ready')
    return (
      <LoadView state={state} onRetry={load}>
        {() => null}
      </LoadView>
    );
  const dashboard: Dashboard = state.data;
  const shorten = (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name);
  const radar = (dashboard.result?.aspects ?? []).map((aspect) => ({
    name: shorten(t(aspect.name)),
    fullName: t(aspect.name),
    index: aspect.index ?? 0,
  }));
  return (
    <>
      <h1>
        {t(texts.dashboard)} — {dashboard.agency.name}
      </h1>
      <div className="grid">
        <Card title={t(texts.index)} id="index-card">
          {dashboard.current && dashboard.result ? (
            <div className="big-number" data-testid="current-index">
              <span className="value">{show(dashboard.result.indexDisplay)}</span>
              <PredicateBadge predicate={dashboard.result.predicate} />
              <p className="hint">
                {dashboard.current.methodology} · {dashboard.current.year} ·{' '}
                {dashboard.basis === 'assessor'
                  ? t({ id: 'nilai asesor (terverifikasi)', en: 'assessor values (verified)' })
                  : t({ id: 'penilaian mandiri', en: 'self-assessment' })}
              </p>
            </div>
          ) : (
            <p>{t(texts.noData)}</p>
          )}
        </Card>
        <Card title={t(texts.radar)} id="radar-card">
          {radar.length > 0 ? (
            <figure className="chart" aria-label={t(texts.radar)} data-testid="radar-chart">
              <ResponsiveContainer width="100%" height={300}>
                <RadarChart data={radar} outerRadius="58%">
                  <PolarGrid />
                  <PolarAngleAxis dataKey="name" tick={{ fontSize: 11 }} />
                  <PolarRadiusAxis domain={[0, 5]} tickCount={6} />
                  <Radar
                    name={t(texts.index)}
                    dataKey="index"
                    stroke="#1d4ed8"
                    fill="#1d4ed8"
                    fillOpacity={0.35}
                    isAnimationActive={false}
                  />
                  <Tooltip />
                </RadarChart>
              </ResponsiveContainer>
              <figcaption className="visually-hidden">
                {radar.map((item) => `${item.fullName}: ${number(item.index)}`).join('; ')}
              </figcaption>
            </figure>
          ) : (
            <p>{t(texts.noData)}</p>
          )}
        </Card>
      </div>
      <TrendCard history={dashboard.history} />
      {dashboard.plan && <PlanCard plan={dashboard.plan} editable={canDo(user.role, 'create')} onSaved={load} />}
    </>
  );
}

function PlanCard({
  plan,
  editable,
  onSaved,
}: {
  plan: NonNullable<Dashboard['plan']>;
  editable: boolean;
  onSaved: () => void;
}) {
  const { user } = useSession();
  const { t } = useLanguage();
  const number = useNumber();
  const show = useIndexDisplay();
  const [costs, setCosts] = useState(() =>
    Object.fromEntries(plan.costs.map((item) => [item.indicator, String(item.cost)])),
  );
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const save = async () => {
    const { error: failure } = await api.PUT('/api/agencies/{agencyId}/plan-costs', {
      params: { path: { agencyId: user.agency.id } },
      body: {
        methodology: plan.methodology as 'spbe-2020' | 'pemdi-2026',
        costs: Object.entries(costs).map(([indicator, cost]) => ({ indicator: Number(indicator), cost: Number(cost) })),
      },
    });
    setError(failure ?? null);
    if (!failure) onSaved();
  };
  return (
    <Card title={t(texts.plan)} id="plan-card">
      {plan.alreadyAtTop ? (
        <p>{t({ id: 'Sudah pada predikat tertinggi.', en: 'Already at the highest rating.' })}</p>
      ) : plan.reachable && plan.after ? (
        <>
          <p data-testid="plan-summary">
            {show(plan.before.indexDisplay)} <PredicateBadge predicate={plan.before.predicate} /> →{' '}
            {show(plan.after.indexDisplay)} <PredicateBadge predicate={plan.after.predicate} /> ·{' '}
            {t({ id: 'biaya', en: 'cost' })}: <strong>{plan.totalCost}</strong>{' '}
            {t({ id: 'hari-orang', en: 'person-days' })}
          </p>
          <table>
            <caption className="visually-hidden">{t(texts.plan)}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Indikator', en: 'Indicator' })}</th>
                <th scope="col">{t({ id: 'Dari → ke', en: 'From → to' })}</th>
                <th scope="col">{t({ id: 'Kenaikan indeks', en: 'Index gain' })}</th>
                <th scope="col">{t({ id: 'Biaya', en: 'Cost' })}</th>
              </tr>
            </thead>
            <tbody>
              {plan.steps.map((step) => (
                <tr key={step.indicator}>
                  <td>
                    {step.indicator}. {t(step.name)}
                  </td>
                  <td>
                    {step.from} → {step.to}
                  </td>
                  <td>+{number(step.gain, 3)}</td>
                  <td>{step.cost}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>
          {t({
            id: 'Predikat berikutnya tidak terjangkau dengan batas saat ini.',
            en: 'The next rating cannot be reached within the current limits.',
          })}
        </p>
      )}
      {editable && (
        <details>
          <summary>
            {t({
              id: 'Ubah biaya per langkah (hari-orang per tingkat)',
              en: 'Edit step costs (person-days per level)',
            })}
          </summary>
          <form
            className="cost-grid"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            {plan.costs.map((item) => (
              <label key={item.indicator} htmlFor={`cost-${item.indicator}`}>
                <span>
                  {item.indicator}. {t(item.name)}
                </span>
                <input
                  id={`cost-${item.indicator}`}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={costs[item.indicator] ?? ''}
                  onChange={(event) => setCosts({ ...costs, [item.indicator]: event.target.value })}
                />
              </label>
            ))}
            <ErrorMessage error={error} />
            <button type="submit">{t(texts.save)}</button>
          </form>
        </details>
      )}
    </Card>
  );
}
