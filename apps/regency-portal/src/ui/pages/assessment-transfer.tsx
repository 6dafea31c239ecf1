import { useState, type FormEvent } from 'react';
import { uploadFile, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { useLanguage } from '../i18n.js';

/**
 * The assessment as a file: the Excel workbook `spbe template` writes and the JSON record of `@spbe-kit/models`
 * for everyone who may read it; for the operator of a draft, the upload of a filled workbook (or record) back.
 */
export function AssessmentTransfer(props: {
  agencyId: string;
  assessmentId: string;
  canImport: boolean;
  onImported: () => void;
}) {
  const { t } = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/agencies/${props.agencyId}/assessments/${props.assessmentId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setDone(null);
    const result = await uploadFile<{ changed: number }>(`${base}/import`, file);
    setBusy(false);
    setError(result.error ?? null);
    if (result.data) {
      setDone(result.data.changed);
      props.onImported();
    }
  };

  return (
    <Card title={t({ id: 'Buku kerja dan rekaman', en: 'Workbook and record' })} id="assessment-files">
      <p className="hint">
        {t({
          id: 'Buku kerja yang sama dengan hasil spbe template: dapat diisi di Excel, dibaca spbe index, spbe report dan spbe plan, lalu diunggah kembali.',
          en: 'The same workbook spbe template writes: fill it in Excel, read it with spbe index, spbe report and spbe plan, and upload it back.',
        })}
      </p>
      <div className="actions">
        <a href={`${base}/workbook`} download data-testid="download-workbook">
          {t({ id: 'Unduh buku kerja Excel (.xlsx)', en: 'Download the Excel workbook (.xlsx)' })}
        </a>
        <a href={`${base}/export`} download>
          {t({ id: 'Unduh JSON (format @spbe-kit/models)', en: 'Download JSON (@spbe-kit/models format)' })}
        </a>
      </div>
      {props.canImport && (
        <form className="inline-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor="import-file">
            {t({ id: 'Buku kerja terisi (.xlsx) atau rekaman JSON', en: 'Filled workbook (.xlsx) or JSON record' })}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <button type="submit" disabled={!file || busy}>
            {t({ id: 'Impor', en: 'Import' })}
          </button>
          <p className="hint">
            {t({
              id: 'Berkas menggantikan nilai mandiri, sektor, catatan dan tautan bukti dukung; nilai asesor dan berkas yang sudah diunggah tetap. Bila ada masalah, tidak ada yang disimpan.',
              en: 'The file replaces the self-assessed values, sectors, notes and evidence links; assessor values and uploaded files stay. If anything is wrong, nothing is stored.',
            })}
          </p>
        </form>
      )}
      {done !== null && (
        <p role="status" data-testid="import-done">
          {t({
            id: `Berkas diimpor: ${done} nilai mandiri berubah.`,
            en: `File imported: ${done} self-assessed value${done === 1 ? '' : 's'} changed.`,
          })}
        </p>
      )}
      <ErrorMessage error={error} />
    </Card>
  );
}
