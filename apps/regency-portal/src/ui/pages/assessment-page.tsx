import { useEffect, useRef, useState } from 'react';
import { api, uploadFile, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage, PredicateBadge, StatusLabel } from '../components.js';
import { LoadView, useLoad } from '../load.js';
import { texts, useIndexDisplay, useLanguage, useNumber } from '../i18n.js';
import { canDo, useSession } from '../session.js';
import { ConfirmAction } from '../confirm-action.js';
import { AssessmentTransfer } from './assessment-transfer.js';
import type { paths } from '../../generated/portal-api.js';

type Detail =
  paths['/api/agencies/{agencyId}/assessments/{assessmentId}']['get']['responses']['200']['content']['application/json'];
type Entry = Detail['entries'][number];

/** One assessment: the operator fills it, the asesor verifies it; results update live. */
export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const { user } = useSession();
  const { t } = useLanguage();
  const number = useNumber();
  // What a step (save, submit, verify) answered, shown until the next load brings fresher data.
  const [updated, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  // Bumped after an import, so every indicator's form starts again from the imported values.
  const [revision, setRevision] = useState(0);
  const path = { agencyId: user.agency.id, assessmentId };
  // Set by an import: when the reloaded assessment arrives, every indicator's form starts again from it.
  const importPending = useRef(false);
  const loaded = useLoad(
    () => api.GET('/api/agencies/{agencyId}/assessments/{assessmentId}', { params: { path } }),
    [assessmentId, user.agency.id],
  );
  const load = (afterImport = false) => {
    if (afterImport) importPending.current = true;
    loaded.reload();
  };
  useEffect(() => {
    if (loaded.state.status !== 'ready') return;
    setDetail(null);
    if (importPending.current) {
      importPending.current = false;
      setRevision((value) => value + 1);
    }
  }, [loaded.state]);
  const detail = updated ?? (loaded.state.status === 'ready' ? loaded.state.data : null);

  // Loading, or a failure (network, 5xx, a proxy's page) with a retry.
  if (!detail)
    return (
      <LoadView state={loaded.state} onRetry={() => load()}>
        {() => null}
      </LoadView>
    );
  const canFill = canDo(user.role, 'fill') && detail.status === 'draft';
  const canAssess = canDo(user.role, 'assess') && detail.status === 'submitted';

  const transition = async (action: 'submit' | 'verify' | 'return') => {
    const call =
      action === 'submit'
        ? api.POST('/api/agencies/{agencyId}/assessments/{assessmentId}/submit', {
            params: { path },
            body: { note: '' },
          })
        : action === 'verify'
          ? api.POST('/api/agencies/{agencyId}/assessments/{assessmentId}/verify', {
              params: { path },
              body: { note: '' },
            })
          : api.POST('/api/agencies/{agencyId}/assessments/{assessmentId}/return', {
              params: { path },
              body: { note: '' },
            });
    const { data, error: failure } = await call;
    if (data) setDetail(data);
    setError(failure ?? null);
  };

  return (
    <>
      <h1>
        {t(detail.methodologyName)} {detail.year} <StatusLabel status={detail.status} />
      </h1>
      {detail.isSample && <p className="tag">{t(texts.sampleBanner)}</p>}
      <div className="grid">
        <Card title={t({ id: 'Hasil penilaian mandiri', en: 'Self-assessment result' })} id="self-result">
          <ResultSummary result={detail.selfResult} testId="self-index" />
        </Card>
        <Card title={t({ id: 'Hasil asesor', en: 'Assessor result' })} id="assessor-result">
          <ResultSummary result={detail.assessorResult} testId="assessor-index" />
        </Card>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        {canFill && (
          <ConfirmAction
            label={t(texts.submit)}
            question={{ id: 'Kirim penilaian ke asesor?', en: 'Submit the assessment to the assessor?' }}
            consequence={
              <p>
                {t({
                  id: `Terisi ${detail.selfResult.filled} dari ${detail.selfResult.total} indikator. Setelah dikirim, nilai mandiri dan bukti dukung tidak dapat diubah lagi kecuali asesor mengembalikannya.`,
                  en: `${detail.selfResult.filled} of ${detail.selfResult.total} indicators filled. Once submitted, the self-assessed values and evidence cannot be changed unless the assessor returns the assessment.`,
                })}
              </p>
            }
            confirmLabel={{ id: 'Ya, kirim ke asesor', en: 'Yes, submit' }}
            onConfirm={() => transition('submit')}
          />
        )}
        {canAssess && (
          <>
            <ConfirmAction
              label={t(texts.verify)}
              question={{ id: 'Verifikasi dan kunci penilaian ini?', en: 'Verify and lock this assessment?' }}
              consequence={
                <p>
                  {t({
                    id: 'Nilai asesor menjadi hasil akhir, penilaian dikunci dan hasilnya tampil di API publik serta tampilan provinsi. Tindakan ini tidak dapat dibatalkan di portal.',
                    en: 'The assessor’s values become the final result, the assessment is locked and its result appears in the public API and the province view. This cannot be undone in the portal.',
                  })}
                </p>
              }
              confirmLabel={{ id: 'Ya, verifikasi dan kunci', en: 'Yes, verify and lock' }}
              onConfirm={() => transition('verify')}
            />
            <button type="button" className="secondary" onClick={() => void transition('return')}>
              {t(texts.returnToOperator)}
            </button>
          </>
        )}
      </div>
      <AssessmentTransfer
        agencyId={user.agency.id}
        assessmentId={assessmentId}
        canImport={canFill}
        onImported={() => load(true)}
      />
      <Card
        title={t({ id: 'Rincian per aspek (mandiri / asesor)', en: 'Breakdown by aspect (self / assessor)' })}
        id="breakdown"
      >
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t({ id: 'Rincian per aspek', en: 'Breakdown by aspect' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ id: 'Aspek', en: 'Aspect' })}</th>
                <th scope="col">{t({ id: 'Bobot', en: 'Weight' })}</th>
                <th scope="col">{t(texts.self)}</th>
                <th scope="col">{t(texts.assessor)}</th>
              </tr>
            </thead>
            <tbody>
              {detail.selfResult.aspects.map((aspect) => (
                <tr key={aspect.id}>
                  <td>
                    {aspect.id}. {t(aspect.name)}
                    {aspect.domain !== null && (
                      <span className="hint">
                        {' '}
                        ({t({ id: 'domain', en: 'domain' })} {aspect.domain})
                      </span>
                    )}
                  </td>
                  <td>{aspect.weight}</td>
                  <td>{number(aspect.index)}</td>
                  <td>{number(detail.assessorResult.aspects.find((other) => other.id === aspect.id)?.index)}</td>
                </tr>
              ))}
              {detail.selfResult.domains.map((domain) => (
                <tr key={`domain-${domain.id}`}>
                  <th scope="row">
                    {t({ id: 'Domain', en: 'Domain' })} {domain.id}. {t(domain.name)}
                  </th>
                  <td>{domain.weight}</td>
                  <td>{number(domain.index)}</td>
                  <td>{number(detail.assessorResult.domains.find((other) => other.id === domain.id)?.index)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t(texts.holdingBack)} id="holding-back">
        <ol>
          {detail.holdingBack.map((item) => (
            <li key={item.indicator}>
              {item.indicator}. {t(item.name)} — {t({ id: 'nilai', en: 'value' })} {number(item.value, 2)},{' '}
              {t({ id: 'tertahan', en: 'held back' })} {number(item.gap, 3)}
            </li>
          ))}
        </ol>
      </Card>
      <Card title={t({ id: 'Indikator', en: 'Indicators' })} id="indicators">
        <p className="hint">
          {detail.valueDomain === 'integer'
            ? t({ id: 'Nilai: tingkat bulat 1–5.', en: 'Values: whole levels 1–5.' })
            : t({ id: 'Nilai: desimal 1–5 (mis. 2,5 ditulis 2.5).', en: 'Values: decimals 1–5 (e.g. 2.5).' })}{' '}
          {detail.levels.map((level) => `${level.level} ${t(level.name)}`).join(' · ')}
        </p>
        {detail.entries.map((entry) => (
          <IndicatorRow
            key={`${entry.indicator}-${revision}`}
            entry={entry}
            comparison={detail.comparison.find((item) => item.indicator === entry.indicator)?.difference ?? null}
            canFill={canFill}
            canAssess={canAssess}
            agencyId={user.agency.id}
            assessmentId={assessmentId}
            onChange={(next) => setDetail(next)}
            onUploaded={() => load()}
          />
        ))}
      </Card>
    </>
  );
}

function ResultSummary({ result, testId }: { result: Detail['selfResult']; testId: string }) {
  const { t } = useLanguage();
  const number = useNumber();
  const show = useIndexDisplay();
  return (
    <div className="big-number">
      <span className="value" data-testid={testId}>
        {show(result.indexDisplay)}
      </span>
      <PredicateBadge predicate={result.predicate} />
      <p className="hint">
        {result.filled}/{result.total} {t({ id: 'indikator terisi', en: 'indicators filled' })}
        {result.range &&
          ` · ${t({ id: 'rentang', en: 'range' })} ${number(result.range.min)}–${number(result.range.max)} (${result.range.minPredicate}–${result.range.maxPredicate})`}
      </p>
    </div>
  );
}

function IndicatorRow(props: {
  entry: Entry;
  comparison: number | null;
  canFill: boolean;
  canAssess: boolean;
  agencyId: string;
  assessmentId: string;
  onChange: (detail: Detail) => void;
  onUploaded: () => void;
}) {
  const { entry } = props;
  const { t } = useLanguage();
  const [selfValue, setSelfValue] = useState(entry.selfValue ?? '');
  const [note, setNote] = useState(entry.note);
  const [link, setLink] = useState(entry.evidenceLinks[0]?.url ?? '');
  const [assessorValue, setAssessorValue] = useState(entry.assessorValue ?? '');
  const [recommendation, setRecommendation] = useState(entry.recommendation);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [saved, setSaved] = useState(false);
  const path = { agencyId: props.agencyId, assessmentId: props.assessmentId, indicator: entry.indicator };
  const id = `indicator-${entry.indicator}`;

  const saveSelf = async () => {
    const { data, error: failure } = await api.PUT(
      '/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/self-assessment',
      {
        params: { path },
        body: {
          selfValue: selfValue === '' ? null : selfValue,
          note,
          evidenceLinks: link ? [{ title: t(texts.evidence), url: link }] : [],
        },
      },
    );
    setError(failure ?? null);
    setSaved(Boolean(data));
    if (data) props.onChange(data);
  };
  const saveAssessor = async () => {
    const { data, error: failure } = await api.PUT(
      '/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/assessor-review',
      {
        params: { path },
        body: { assessorValue: assessorValue === '' ? null : assessorValue, recommendation },
      },
    );
    setError(failure ?? null);
    setSaved(Boolean(data));
    if (data) props.onChange(data);
  };

  return (
    <fieldset className="indicator" id={id}>
      <legend>
        {entry.indicator}. {t(entry.name)}{' '}
        <span className="hint">
          ({t({ id: 'bobot', en: 'weight' })} {entry.weight})
        </span>
      </legend>
      {entry.externalIndex && (
        <p className="hint">
          {t({ id: 'Dinilai dari indeks lain', en: 'Assessed from another index' })}: {t(entry.externalIndex)}
        </p>
      )}
      <div className="indicator-grid">
        <div>
          <label htmlFor={`${id}-self`}>{t(texts.self)}</label>
          <input
            id={`${id}-self`}
            inputMode="decimal"
            value={selfValue}
            disabled={!props.canFill}
            onChange={(event) => setSelfValue(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-assessor`}>{t(texts.assessor)}</label>
          <input
            id={`${id}-assessor`}
            inputMode="decimal"
            value={assessorValue}
            disabled={!props.canAssess}
            onChange={(event) => setAssessorValue(event.target.value)}
          />
          {props.comparison !== null && props.comparison !== 0 && (
            <span className="delta">
              {props.comparison > 0 ? '+' : ''}
              {props.comparison}
            </span>
          )}
        </div>
        <div className="wide">
          <label htmlFor={`${id}-link`}>{t(texts.evidence)} (URL)</label>
          <input
            id={`${id}-link`}
            type="url"
            value={link}
            disabled={!props.canFill}
            onChange={(event) => setLink(event.target.value)}
          />
        </div>
        <div className="wide">
          <label htmlFor={`${id}-note`}>{t(texts.note)}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            disabled={!props.canFill}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="wide">
          <label htmlFor={`${id}-recommendation`}>{t(texts.recommendation)}</label>
          <textarea
            id={`${id}-recommendation`}
            rows={2}
            value={recommendation}
            disabled={!props.canAssess}
            onChange={(event) => setRecommendation(event.target.value)}
          />
        </div>
      </div>
      {entry.evidenceFiles.length > 0 && (
        <ul className="files">
          {entry.evidenceFiles.map((file) => (
            <li key={file.id}>
              <a href={`/api/agencies/${props.agencyId}/assessments/${props.assessmentId}/evidence/${file.id}`}>
                {file.fileName}
              </a>{' '}
              ({Math.ceil(file.sizeBytes / 1024)} KiB)
              {props.canFill && (
                <ConfirmAction
                  secondary
                  label={t({ id: `Hapus ${file.fileName}`, en: `Remove ${file.fileName}` })}
                  question={{ id: `Hapus berkas ${file.fileName}?`, en: `Remove the file ${file.fileName}?` }}
                  consequence={
                    <p>
                      {t({
                        id: 'Berkas dihapus dari portal; jejak audit tetap mencatat sidik jari (SHA-256) berkas ini.',
                        en: 'The file is removed from the portal; the audit trail keeps its fingerprint (SHA-256).',
                      })}
                    </p>
                  }
                  confirmLabel={{ id: 'Ya, hapus', en: 'Yes, remove' }}
                  onConfirm={async () => {
                    const { error: failure } = await api.DELETE(
                      '/api/agencies/{agencyId}/assessments/{assessmentId}/evidence/{fileId}',
                      {
                        params: {
                          path: { agencyId: props.agencyId, assessmentId: props.assessmentId, fileId: file.id },
                        },
                      },
                    );
                    setError(failure ?? null);
                    props.onUploaded();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        {props.canFill && (
          <>
            <button type="button" onClick={() => void saveSelf()}>
              {t(texts.save)}
            </button>
            <label className="file-label" htmlFor={`${id}-file`}>
              {t(texts.upload)}
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file)
                  void uploadFile(
                    `/api/agencies/${props.agencyId}/assessments/${props.assessmentId}/indicators/${entry.indicator}/evidence`,
                    file,
                  ).then((result) => {
                    setError(result.error ?? null);
                    if (result.ok) props.onUploaded();
                  });
              }}
            />
          </>
        )}
        {props.canAssess && (
          <button type="button" onClick={() => void saveAssessor()}>
            {t(texts.save)}
          </button>
        )}
        {saved && <span role="status">{t(texts.saved)}</span>}
      </div>
      <ErrorMessage error={error} />
    </fieldset>
  );
}
