import { Component, useEffect, useState, type ReactNode } from 'react';
import { useLanguage, type Text } from './i18n.js';

/** What a page shows while it loads data: loading, a failure with its reason, or the data. */
export type LoadState<T> = { status: 'loading' } | { status: 'error'; message: Text } | { status: 'ready'; data: T };

/** What an openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** A request that has not answered after this long is shown as failed (a proxy that holds it forever). */
const timeoutMs = 30_000;

const messages = {
  network: {
    id: 'Tidak dapat terhubung ke server. Periksa jaringan Anda, lalu coba lagi.',
    en: 'Could not reach the server. Check your network, then try again.',
  },
  timeout: {
    id: 'Server tidak menjawab. Coba lagi sebentar lagi.',
    en: 'The server did not answer. Try again shortly.',
  },
  unreadable: {
    id: 'Jawaban server tidak dapat dibaca (mungkin halaman galat dari proxy). Coba lagi sebentar lagi.',
    en: 'The server’s answer could not be read (perhaps a proxy’s error page). Try again shortly.',
  },
  expired: { id: 'Sesi Anda berakhir. Silakan masuk lagi.', en: 'Your session has ended. Please sign in again.' },
} satisfies Record<string, Text>;

const server = (status: number): Text => ({
  id: `Server sedang bermasalah (kode ${status}). Coba lagi sebentar lagi.`,
  en: `The server has a problem (code ${status}). Try again shortly.`,
});

/** The portal's own error body, when the failure carries one. */
function apiMessage(error: unknown): Text | null {
  const messagesOf = (error as { error?: { messages?: Partial<Text> } } | null)?.error?.messages;
  return typeof messagesOf?.id === 'string' && typeof messagesOf.en === 'string'
    ? { id: messagesOf.id, en: messagesOf.en }
    : null;
}

/**
 * Words for a failed request: the portal's own message when it sent one, otherwise what kind of failure it was
 * (network down, timeout, a 5xx, a proxy's HTML page). Never a raw status line or stack.
 */
export function failureMessage(status: number, error: unknown): Text {
  if (status === 401) return messages.expired;
  const own = apiMessage(error);
  if (own && status < 500) return own;
  if (status >= 500) return own ?? server(status);
  if (error instanceof SyntaxError) return messages.unreadable;
  if (error instanceof Error && error.name === 'TimeoutError') return messages.timeout;
  if (status === 0) return messages.network;
  return own ?? server(status);
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { name: 'TimeoutError' })), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Loads a page's data with one API call and keeps its state; `reload` tries again (the retry button).
 * @example
 * const { state, reload } = useLoad(() => api.GET('/api/me/personal-data-processing'), []);
 */
export function useLoad<T>(load: () => Promise<FetchResult<T>>, deps: readonly unknown[]) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // A reload keeps what is shown until the new data arrives (a form below it keeps its message).
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    withTimeout(load()).then(
      ({ data, error, response }) => {
        if (!live) return;
        if (response.ok && data !== undefined) setState({ status: 'ready', data });
        else setState({ status: 'error', message: failureMessage(response.status, error) });
      },
      (error: unknown) => {
        if (live) setState({ status: 'error', message: failureMessage(0, error) });
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  return { state, reload: () => setAttempt((count) => count + 1) };
}

/** A failure with a retry button (role=alert, so screen readers announce it). */
export function Failure({ message, onRetry }: { message: Text; onRetry: () => void }) {
  const { t } = useLanguage();
  return (
    <div role="alert" className="error load-failure">
      <p>{t(message)}</p>
      <button type="button" onClick={onRetry}>
        {t({ id: 'Coba lagi', en: 'Try again' })}
      </button>
    </div>
  );
}

/** Shows loading, a failure with a retry, or the loaded data. */
export function LoadView<T>({
  state,
  onRetry,
  children,
}: {
  state: LoadState<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useLanguage();
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        {t({ id: 'Memuat…', en: 'Loading…' })}
      </p>
    );
  if (state.status === 'error') return <Failure message={state.message} onRetry={onRetry} />;
  return <>{children(state.data)}</>;
}

/** Catches a page that fails to render: a message and a retry instead of a blank page. */
export class PageErrorBoundary extends Component<{ children: ReactNode; fallback: (retry: () => void) => ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
