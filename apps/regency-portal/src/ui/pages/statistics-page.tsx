import { LoadView, useLoad } from '../load.js';
import { api } from '../api.js';
import { Card } from '../components.js';
import { texts, useLanguage } from '../i18n.js';
import { useSession } from '../session.js';
import type { paths } from '../../generated/portal-api.js';

type Population =
  paths['/api/agencies/{agencyId}/statistics/population']['get']['responses']['200']['content']['application/json'];
type Agenda =
  paths['/api/agencies/{agencyId}/province-agenda']['get']['responses']['200']['content']['application/json'];

/** Official population statistics from BPS, with attribution. */
export function StatisticsPage() {
  const { user } = useSession();
  const { t, language } = useLanguage();
  const population = useLoad(
    () => api.GET('/api/agencies/{agencyId}/statistics/population', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const agendaLoad = useLoad(
    () => api.GET('/api/agencies/{agencyId}/province-agenda', { params: { path: { agencyId: user.agency.id } } }),
    [user.agency.id],
  );
  const data: Population | null = population.state.status === 'ready' ? population.state.data : null;
  const agenda: Agenda | null = agendaLoad.state.status === 'ready' ? agendaLoad.state.data : null;
  const format = (value: number | null) =>
    value === null ? '–' : new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB').format(value);
  return (
    <>
      <h1>{t(texts.statistics)}</h1>
      {!data && (
        <LoadView state={population.state} onRetry={population.reload}>
          {() => null}
        </LoadView>
      )}
      {data && (
        <Card title={data.title} id="population">
          <div className="table-scroll">
            <table>
              <caption>
                {t({ id: 'Domain BPS', en: 'BPS domain' })} {data.bpsDomain} {data.unit && `(${data.unit})`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t(texts.year)}</th>
                  <th scope="col">{t({ id: 'Laki-laki', en: 'Male' })}</th>
                  <th scope="col">{t({ id: 'Perempuan', en: 'Female' })}</th>
                  <th scope="col">{t({ id: 'Jumlah', en: 'Total' })}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.year}>
                    <td>{row.year}</td>
                    <td>{format(row.male)}</td>
                    <td>{format(row.female)}</td>
                    <td>{format(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="attribution">
            {t(texts.attribution)}: {t(data.attribution)}
          </p>
        </Card>
      )}
      <Card title={t({ id: 'Agenda provinsi (melalui SPLP)', en: 'Province agenda (through SPLP)' })} id="agenda">
        {!agenda && (
          <LoadView state={agendaLoad.state} onRetry={agendaLoad.reload}>
            {() => null}
          </LoadView>
        )}
        {agenda && (
          <>
            <ul>
              {agenda.items.map((item) => (
                <li key={item.id}>
                  <strong>{item.tanggal}</strong> {item.waktu} — {item.kegiatan} ({item.lokasi})
                </li>
              ))}
            </ul>
            <p className="attribution">
              {t(texts.attribution)}: <code>{agenda.source}</code>
            </p>
          </>
        )}
      </Card>
    </>
  );
}
