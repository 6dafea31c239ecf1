import type { ReactNode } from 'react';
import type { ApiErrorBody } from './api.js';
import { useLanguage, type Text } from './i18n.js';

/** A labelled card section. */
export function Card({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="card" aria-labelledby={id ?? undefined}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Shows an API error in the user's language, with each field issue. */
export function ErrorMessage({ error }: { error: ApiErrorBody | string | null | undefined }) {
  const { t } = useLanguage();
  if (!error) return null;
  if (typeof error === 'string')
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  return (
    <div role="alert" className="error">
      <p>{t(error.error.messages)}</p>
      {error.error.issues.length > 0 && (
        <ul>
          {error.error.issues.map((issue, index) => (
            <li key={index}>
              {issue.path.length > 0 && <code>{issue.path.join('.')}</code>} {t(issue.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A predikat badge with a text label (never colour alone). */
export function PredicateBadge({ predicate }: { predicate: string | null | undefined }) {
  if (!predicate) return <span className="badge">–</span>;
  const slug = predicate.toLowerCase().replace(/\s+/g, '-');
  return <span className={`badge badge-${slug}`}>{predicate}</span>;
}

/** A status label in both languages. */
export function StatusLabel({ status }: { status: string }) {
  const { t } = useLanguage();
  const labels: Record<string, Text> = {
    draft: { id: 'Draf', en: 'Draft' },
    submitted: { id: 'Diajukan', en: 'Submitted' },
    verified: { id: 'Terverifikasi (terkunci)', en: 'Verified (locked)' },
    locked: { id: 'Terkunci', en: 'Locked' },
    checked: { id: 'Diperiksa walidata', en: 'Checked by walidata' },
    published: { id: 'Terbit', en: 'Published' },
    rejected: { id: 'Ditolak', en: 'Rejected' },
  };
  return <span className={`status status-${status}`}>{labels[status] ? t(labels[status]) : status}</span>;
}
