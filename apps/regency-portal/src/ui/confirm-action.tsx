import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLanguage, type Text } from './i18n.js';

/**
 * A button whose action runs only after the user confirms it in place: the consequence is spelled out, with
 * "yes" and "cancel" (focus moves to the question, Escape cancels). For steps that cannot be undone by the
 * same person, such as submitting to the assessor or verifying and locking.
 */
export function ConfirmAction(props: {
  label: string;
  question: Text;
  consequence: ReactNode;
  confirmLabel: Text;
  onConfirm: () => void | Promise<void>;
  secondary?: boolean;
}) {
  const { t } = useLanguage();
  const [asking, setAsking] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) panel.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className={props.secondary ? 'secondary' : undefined} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  return (
    <div
      ref={panel}
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-consequence`}
      className="confirm-panel"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id={`${id}-question`}>
        <strong>{t(props.question)}</strong>
      </p>
      <div id={`${id}-consequence`}>{props.consequence}</div>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            void props.onConfirm();
          }}
        >
          {t(props.confirmLabel)}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t({ id: 'Batal', en: 'Cancel' })}
        </button>
      </div>
    </div>
  );
}
