import { useState, type FormEvent } from 'react';
import { api, type ApiErrorBody } from '../api.js';
import { ErrorMessage } from '../components.js';
import { useLanguage, type Text } from '../i18n.js';
import {
  fieldOfIssue,
  formValuesOf,
  inventoryFields,
  itemFromForm,
  type FieldSpec,
  type FormValues,
  type InventoryKind,
} from '../inventory-fields.js';

const required: Text = { id: 'wajib', en: 'required' };

/** The summary above the form when each problem is shown under its field. */
const checkFields: ApiErrorBody = {
  error: {
    code: 'inventory.check-fields',
    messages: { id: 'Periksa isian yang ditandai di bawah.', en: 'Check the fields marked below.' },
    message: 'Check the fields marked below.',
    issues: [],
  },
};

/** One input of the item form, with its error under it (linked by aria-describedby). */
function Field(props: {
  field: FieldSpec;
  value: string | string[] | boolean;
  error: Text[];
  locked: boolean;
  onChange: (value: string | string[] | boolean) => void;
}) {
  const { t } = useLanguage();
  const { field, value, error, locked, onChange } = props;
  const id = `field-${field.path.replace(/\./g, '-')}`;
  const describedBy = [field.hint ? `${id}-hint` : '', error.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-invalid': error.length > 0 || undefined,
    'aria-describedby': describedBy || undefined,
    required: field.required,
  };
  const label = (
    <>
      {t(field.label)}
      {field.required && <span className="muted"> ({t(required)})</span>}
    </>
  );
  const help = (
    <>
      {field.hint && (
        <p className="hint" id={`${id}-hint`}>
          {t(field.hint)}
        </p>
      )}
      {error.length > 0 && (
        <p className="error field-error" id={`${id}-error`}>
          {error.map((message) => t(message)).join(' ')}
        </p>
      )}
    </>
  );
  if (field.kind === 'multi-enum' || field.kind === 'boolean') {
    const options = field.kind === 'boolean' ? { true: field.label } : (field.options ?? {});
    const chosen = Array.isArray(value) ? value : value === true ? ['true'] : [];
    return (
      <fieldset className="form-field choices" aria-describedby={describedBy || undefined}>
        <legend>{label}</legend>
        {Object.entries(options).map(([code, text]) => (
          <label key={code} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(event) => {
                if (field.kind === 'boolean') onChange(event.target.checked);
                else onChange(event.target.checked ? [...chosen, code] : chosen.filter((entry) => entry !== code));
              }}
            />{' '}
            {t(text)}
          </label>
        ))}
        {help}
      </fieldset>
    );
  }
  return (
    <div className={field.kind === 'long-text' ? 'form-field wide' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {field.kind === 'enum' ? (
        <select {...common} value={String(value)} onChange={(event) => onChange(event.target.value)}>
          {!field.required && <option value="">–</option>}
          {Object.entries(field.options ?? {}).map(([code, text]) => (
            <option key={code} value={code}>
              {t(text)}
            </option>
          ))}
        </select>
      ) : field.kind === 'long-text' ? (
        <textarea {...common} rows={3} value={String(value)} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'number' ? 'decimal' : undefined}
          readOnly={locked}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {help}
    </div>
  );
}

/**
 * Adds or edits one inventory item. The server validates it with the kind's `@spbe-kit/models` schema; each issue
 * is shown under its field, in the user's language (issues on fields the form does not show are listed above it).
 */
export function InventoryForm(props: {
  agencyId: string;
  kind: InventoryKind;
  title: string;
  original: Record<string, unknown> | null;
  onSaved: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const { kind, original } = props;
  const [values, setValues] = useState<FormValues>(() => formValuesOf(kind, original));
  const [fieldErrors, setFieldErrors] = useState<Record<string, Text[]>>({});
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const visible = inventoryFields[kind].filter((field) => !field.when || field.when(values));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A number field with text is answered here, in words, before anything is sent.
    const notNumbers = visible.filter(
      (field) =>
        field.kind === 'number' &&
        String(values[field.path] ?? '').trim() !== '' &&
        !/^-?\d+([.,]\d+)?$/.test(String(values[field.path]).trim()),
    );
    if (notNumbers.length > 0) {
      setFieldErrors(
        Object.fromEntries(
          notNumbers.map((field) => [field.path, [{ id: 'Isi dengan angka, mis. 2.', en: 'Enter a number, e.g. 2.' }]]),
        ),
      );
      setError(checkFields);
      return;
    }
    setBusy(true);
    const body = itemFromForm(kind, values, original);
    // One typed route per kind; the body is checked by the server against the kind's schema.
    const path = `/api/agencies/{agencyId}/inventories/${kind}` as '/api/agencies/{agencyId}/inventories/application';
    const { data, error: failure } = await api.POST(path, {
      params: { path: { agencyId: props.agencyId } },
      body: body as never,
    });
    setBusy(false);
    if (data) {
      props.onSaved(String(body.id));
      return;
    }
    const byField: Record<string, Text[]> = {};
    const others = [];
    for (const issue of failure?.error.issues ?? []) {
      const path = fieldOfIssue(kind, values, issue.path);
      if (path) byField[path] = [...(byField[path] ?? []), issue.message];
      else others.push(issue);
    }
    setFieldErrors(byField);
    // When every issue sits under its field, the summary says so instead of a technical message.
    const summary = others.length === 0 && Object.keys(byField).length > 0 ? checkFields.error.messages : null;
    setError(
      failure
        ? { ...failure, error: { ...failure.error, messages: summary ?? failure.error.messages, issues: others } }
        : null,
    );
  };

  return (
    <form className="item-form" onSubmit={(event) => void submit(event)} noValidate aria-label={props.title}>
      <h3>{props.title}</h3>
      <ErrorMessage error={error} />
      <div className="form-grid">
        {visible.map((field) => (
          <Field
            key={field.path}
            field={field}
            value={values[field.path] ?? ''}
            error={fieldErrors[field.path] ?? []}
            locked={field.path === 'id' && original !== null}
            onChange={(value) => setValues({ ...values, [field.path]: value })}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t({ id: 'Simpan', en: 'Save' })}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
    </form>
  );
}
