import { useEffect, useState } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { Card, ErrorMessage } from '../components.js';
import { Failure, useLoad } from '../load.js';
import { texts, useLanguage, type Text } from '../i18n.js';
import { canDo, useSession } from '../session.js';
import { tableEnumField, valueAt } from '../inventory-fields.js';
import { InventoryForm } from './inventory-form.js';
import type { paths } from '../../generated/portal-api.js';

type Kind = 'application' | 'service' | 'dataset' | 'architecture';
type Items =
  paths['/api/agencies/{agencyId}/inventories/{kind}']['get']['responses']['200']['content']['application/json']['items'];
type ImportReport =
  paths['/api/agencies/{agencyId}/inventories/{kind}/import']['post']['responses']['200']['content']['application/json'];

const kinds: { kind: Kind; label: Text; example: string }[] = [
  {
    kind: 'application',
    label: { id: 'Aplikasi', en: 'Applications' },
    example:
      'id;name;type;raaCode;owner.name;hosting;licence.kind;lifecycle;splpIntegration;serviceIds[]\nAPP-030;e-Office;umum;RAA.01.02;Sekretariat Daerah;pdn;government-owned;operational;integrated;SVC-002',
  },
  {
    kind: 'service',
    label: { id: 'Layanan', en: 'Services' },
    example:
      'id;name;type;ralCode;sector;channels[];owner.name\nSVC-030;Layanan Perizinan;publik;RAL.01;perizinan;web|counter;DPMPTSP',
  },
  {
    kind: 'dataset',
    label: { id: 'Data', en: 'Datasets' },
    example:
      'id;title;standard.concept;standard.definition;standard.measure;standard.unit;producer.name;walidata.name;referenceCodes[];updateSchedule.frequency;licence;publication.status\nDS-030;Jumlah Sekolah;Sekolah;Satuan pendidikan formal;Jumlah;unit;Dinas Pendidikan;Diskominfo;;annual;CC-BY-4.0;draft',
  },
  {
    kind: 'architecture',
    label: { id: 'Arsitektur', en: 'Architecture' },
    example: 'domain;id;description;referenceCode\nbusiness-process;PB-030;Perencanaan pembangunan daerah;RAB.09.05',
  },
];

/** The items of one kind, each with its labelled type or status and, for writers, edit and delete. */
function ItemTable(props: {
  items: Items;
  kind: Kind;
  caption: string;
  canWrite: boolean;
  onEdit: (item: Items[number]) => void;
  onDelete: (item: Items[number]) => void;
}) {
  const { t } = useLanguage();
  const enumField = tableEnumField[props.kind];
  const enumLabel = (item: Items[number]) => {
    const code = valueAt(item.data, enumField.path);
    return typeof code === 'string' ? t(enumField.options?.[code] ?? { id: code, en: code }) : '–';
  };
  return (
    <div className="table-scroll">
      <table className="stack-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">{t({ id: 'Nama', en: 'Name' })}</th>
            <th scope="col">{t(enumField.label)}</th>
            <th scope="col">{t({ id: 'Kode referensi', en: 'Reference code' })}</th>
            {props.canWrite && (
              <th scope="col">
                <span className="visually-hidden">{t({ id: 'Tindakan', en: 'Actions' })}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td data-label="Id">{item.code}</td>
              <td data-label={t({ id: 'Nama', en: 'Name' })}>{item.name}</td>
              <td data-label={t(enumField.label)}>{enumLabel(item)}</td>
              <td data-label={t({ id: 'Kode referensi', en: 'Reference code' })}>
                <code>
                  {[item.data.raaCode, item.data.ralCode, item.data.radCode, item.data.referenceCode].find(
                    (code): code is string => typeof code === 'string',
                  ) ?? '–'}
                </code>
              </td>
              {props.canWrite && (
                <td className="row-actions">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t({ id: `Ubah ${item.code}`, en: `Edit ${item.code}` })}
                    onClick={() => props.onEdit(item)}
                  >
                    {t({ id: 'Ubah', en: 'Edit' })}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t({ id: `Hapus ${item.code}`, en: `Delete ${item.code}` })}
                    onClick={() => props.onDelete(item)}
                  >
                    {t({ id: 'Hapus', en: 'Delete' })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Inventories with CSV import and row-level error reports. */
export function InventoriesPage() {
  const { user } = useSession();
  const { t } = useLanguage();
  const [kind, setKind] = useState<Kind>('application');
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  // The item being edited (its stored data), 'new' for an added one, null when the form is closed.
  const [editing, setEditing] = useState<Items[number] | 'new' | null>(null);
  const [savedCode, setSavedCode] = useState<string | null>(null);
  const current = kinds.find((item) => item.kind === kind)!;
  // The items of the chosen kind; a failure (network, 5xx, a proxy's page) shows with a retry, never as "no data".
  const loaded = useLoad(async () => {
    const result = await api.GET('/api/agencies/{agencyId}/inventories/{kind}', {
      params: { path: { agencyId: user.agency.id, kind } },
    });
    return { ...result, data: result.data ? { kind, items: result.data.items } : undefined };
  }, [user.agency.id, kind]);
  const load = loaded.reload;
  // Items of the kind shown (while another kind loads, the previous kind's items are not shown under this tab).
  const items: Items | null =
    loaded.state.status === 'ready' && loaded.state.data.kind === kind ? loaded.state.data.items : null;
  useEffect(() => {
    setReport(null);
    setEditing(null);
    setSavedCode(null);
    setCsv(current.example);
  }, [kind]);

  const importCsv = async () => {
    const { data, error: failure } = await api.POST('/api/agencies/{agencyId}/inventories/{kind}/import', {
      params: { path: { agencyId: user.agency.id, kind } },
      body: { csv },
    });
    setReport(data ?? null);
    setError(failure ?? null);
    load();
  };

  const remove = async (itemId: string, code: string) => {
    if (
      !window.confirm(
        t({ id: `Hapus ${code}? Tindakan ini tidak dapat dibatalkan.`, en: `Delete ${code}? This cannot be undone.` }),
      )
    )
      return;
    const { error: failure } = await api.DELETE('/api/agencies/{agencyId}/inventories/{kind}/{itemId}', {
      params: { path: { agencyId: user.agency.id, kind, itemId } },
    });
    setError(failure ?? null);
    load();
  };
  const canWrite = canDo(user.role, 'write-inventory');
  const download = (what: 'export' | 'template', format: 'csv' | 'xlsx') =>
    `/api/agencies/${encodeURIComponent(user.agency.id)}/inventories/${kind}/${what}?format=${format}`;

  return (
    <>
      <h1>{t(texts.inventories)}</h1>
      <ErrorMessage error={error} />
      <div role="group" aria-label={t({ id: 'Jenis inventaris', en: 'Inventory kind' })} className="tabs">
        {kinds.map((item) => (
          <button key={item.kind} type="button" aria-pressed={item.kind === kind} onClick={() => setKind(item.kind)}>
            {t(item.label)}
          </button>
        ))}
      </div>
      <Card title={t(current.label)} id="inventory-items">
        <p className="actions downloads">
          <a href={download('export', 'csv')} download>
            {t({ id: 'Unduh CSV', en: 'Download CSV' })}
          </a>
          <a href={download('export', 'xlsx')} download>
            {t({ id: 'Unduh Excel (xlsx)', en: 'Download Excel (xlsx)' })}
          </a>
          <a href={download('template', 'csv')} download>
            {t({ id: 'Templat CSV', en: 'CSV template' })}
          </a>
          <a href={download('template', 'xlsx')} download>
            {t({ id: 'Templat Excel', en: 'Excel template' })}
          </a>
        </p>
        {canWrite && editing === null && (
          <div className="actions">
            <button type="button" onClick={() => setEditing('new')}>
              {t({ id: 'Tambah item', en: 'Add an item' })}
            </button>
          </div>
        )}
        {savedCode && (
          <p role="status" className="ok">
            {t({ id: `${savedCode} tersimpan.`, en: `${savedCode} saved.` })}
          </p>
        )}
        {canWrite && editing !== null && (
          <InventoryForm
            key={editing === 'new' ? `new-${kind}` : editing.id}
            agencyId={user.agency.id}
            kind={kind}
            title={
              editing === 'new'
                ? t({ id: `Tambah: ${t(current.label)}`, en: `Add: ${t(current.label)}` })
                : t({ id: `Ubah ${editing.code}`, en: `Edit ${editing.code}` })
            }
            original={editing === 'new' ? null : editing.data}
            onSaved={(code) => {
              setEditing(null);
              setSavedCode(code);
              load();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {loaded.state.status === 'error' ? (
          <Failure message={loaded.state.message} onRetry={load} />
        ) : !items ? (
          <p className="loading" role="status">
            {t(texts.loading)}
          </p>
        ) : items.length === 0 ? (
          <p>{t(texts.noData)}</p>
        ) : (
          <ItemTable
            items={items}
            kind={kind}
            caption={t(current.label)}
            canWrite={canWrite}
            onEdit={(item) => {
              setSavedCode(null);
              setEditing(item);
            }}
            onDelete={(item) => void remove(item.id, item.code)}
          />
        )}
      </Card>
      {canWrite && (
        <Card title={t(texts.importCsv)} id="csv-import">
          <p className="hint">
            {t({
              id: 'Baris pertama: nama kolom (mis. owner.name); kolom berakhiran [] berisi daftar dipisah |. Pemisah ; atau ,.',
              en: 'First row: column names (e.g. owner.name); columns ending in [] hold lists separated by |. Separator ; or ,.',
            })}
          </p>
          <label htmlFor="csv-text">CSV</label>
          <textarea
            id="csv-text"
            rows={6}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            spellCheck={false}
          />
          <label htmlFor="csv-file">{t({ id: 'atau pilih berkas CSV', en: 'or choose a CSV file' })}</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void event.target.files?.[0]?.text().then(setCsv)}
          />
          <div className="actions">
            <button type="button" onClick={() => void importCsv()}>
              {t(texts.importCsv)}
            </button>
          </div>
          {report && (
            <div role="status" data-testid="import-report">
              <p>
                {t({ id: 'Diimpor', en: 'Imported' })}: {report.imported} / {report.rows}
              </p>
              {report.errors.length > 0 && (
                <table>
                  <caption>{t(texts.rowErrors)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(texts.row)}</th>
                      <th scope="col">Id</th>
                      <th scope="col">{t({ id: 'Masalah', en: 'Problem' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.errors.map((rowError) => (
                      <tr key={rowError.row} className="row-error">
                        <td>{rowError.row}</td>
                        <td>{rowError.id ?? '–'}</td>
                        <td>
                          {rowError.issues.map((issue, index) => (
                            <div key={index}>
                              <code>{issue.path.join('.')}</code> {t(issue.message)}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )}
        </Card>
      )}
    </>
  );
}
