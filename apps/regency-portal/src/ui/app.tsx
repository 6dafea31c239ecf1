import { lazy, Suspense, useEffect, useState } from 'react';
import { api, sessionExpiredEvent, setCsrfToken } from './api.js';
import { texts, useLanguage, type Text } from './i18n.js';
import { Failure, failureMessage, PageErrorBoundary } from './load.js';
import { LoginPage } from './pages/login-page.js';
import { MainNav } from './main-nav.js';
import { navigate, usePath } from './router.js';
import { canDo, SessionContext, type SessionUser } from './session.js';

// Each page is its own chunk, loaded when it is first opened: the charts library, for one, only comes with the
// dashboard and province pages. The sign-in page is in the first download.
const AccountPage = lazy(() => import('./pages/account-page.js').then((page) => ({ default: page.AccountPage })));
const AssessmentPage = lazy(() =>
  import('./pages/assessment-page.js').then((page) => ({ default: page.AssessmentPage })),
);
const AssessmentsPage = lazy(() =>
  import('./pages/assessments-page.js').then((page) => ({ default: page.AssessmentsPage })),
);
const AuditPage = lazy(() => import('./pages/audit-page.js').then((page) => ({ default: page.AuditPage })));
const DashboardPage = lazy(() => import('./pages/dashboard-page.js').then((page) => ({ default: page.DashboardPage })));
const DataRequestsPage = lazy(() =>
  import('./pages/data-requests-page.js').then((page) => ({ default: page.DataRequestsPage })),
);
const DatasetsPage = lazy(() => import('./pages/datasets-page.js').then((page) => ({ default: page.DatasetsPage })));
const InventoriesPage = lazy(() =>
  import('./pages/inventories-page.js').then((page) => ({ default: page.InventoriesPage })),
);
const MyDataPage = lazy(() => import('./pages/my-data-page.js').then((page) => ({ default: page.MyDataPage })));
const ProvincePage = lazy(() => import('./pages/province-page.js').then((page) => ({ default: page.ProvincePage })));
const StatisticsPage = lazy(() =>
  import('./pages/statistics-page.js').then((page) => ({ default: page.StatisticsPage })),
);
const UsersPage = lazy(() => import('./pages/users-page.js').then((page) => ({ default: page.UsersPage })));

/** The portal's web client: sign-in, then the pages the role may see. */
export function App() {
  const { t, language, setLanguage } = useLanguage();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [sessionFailure, setSessionFailure] = useState<Text | null>(null);
  const [loginNote, setLoginNote] = useState<Text | null>(null);
  const [attempt, setAttempt] = useState(0);
  const path = usePath();

  useEffect(() => {
    setSessionFailure(null);
    api.GET('/api/auth/session').then(
      ({ data, error, response }) => {
        if (data) setCsrfToken(data.csrfToken);
        // 401 is "not signed in"; anything else that is not a session is a failure to show with a retry.
        if (data || response.status === 401) setUser(data?.user ?? null);
        else setSessionFailure(failureMessage(response.status, error));
      },
      (error: unknown) => setSessionFailure(failureMessage(0, error)),
    );
  }, [attempt]);

  useEffect(() => {
    const expired = () => {
      setLoginNote({
        id: 'Sesi Anda berakhir atau akun Anda diubah. Silakan masuk lagi.',
        en: 'Your session ended or your account was changed. Please sign in again.',
      });
      setUser(null);
    };
    window.addEventListener(sessionExpiredEvent, expired);
    return () => window.removeEventListener(sessionExpiredEvent, expired);
  }, []);

  useEffect(() => {
    document.title = user ? `${t(texts.appTitle)} — ${user.agency.name}` : t(texts.appTitle);
  }, [user, language]);

  const signOut = () => {
    void api.POST('/api/auth/logout').finally(() => {
      setUser(null);
      navigate('/');
    });
  };

  const languageToggle = (
    <button
      type="button"
      className="link-button"
      onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
      aria-label={t(texts.languageLabel)}
      lang={language === 'id' ? 'en' : 'id'}
    >
      {t(texts.language)}
    </button>
  );

  if (sessionFailure)
    return (
      <main id="main">
        <Failure message={sessionFailure} onRetry={() => setAttempt((count) => count + 1)} />
      </main>
    );
  if (user === undefined)
    return (
      <p className="loading" role="status">
        {t(texts.loading)}
      </p>
    );
  if (user === null) {
    return (
      <>
        <header className="topbar">
          <span className="brand">{t(texts.appTitle)}</span>
          {languageToggle}
        </header>
        <main id="main">
          <LoginPage
            note={loginNote}
            onSignedIn={(signedIn, csrf) => {
              setCsrfToken(csrf);
              setLoginNote(null);
              setUser(signedIn);
              navigate(
                signedIn.role === 'coordinator'
                  ? '/province'
                  : signedIn.role === 'privacy-officer'
                    ? '/data-requests'
                    : '/',
              );
            }}
          />
        </main>
      </>
    );
  }

  const nav = [
    { href: '/', label: texts.dashboard, show: canDo(user.role, 'read') },
    { href: '/assessments', label: texts.assessments, show: canDo(user.role, 'read') },
    { href: '/inventories', label: texts.inventories, show: canDo(user.role, 'read') },
    { href: '/datasets', label: texts.datasets, show: canDo(user.role, 'read') },
    { href: '/statistics', label: texts.statistics, show: canDo(user.role, 'read') },
    { href: '/audit', label: texts.audit, show: canDo(user.role, 'audit') },
    { href: '/users', label: texts.users, show: canDo(user.role, 'users') },
    { href: '/province', label: texts.province, show: canDo(user.role, 'province') },
    { href: '/data-requests', label: texts.dataRequests, show: canDo(user.role, 'data-requests') },
    { href: '/my-data', label: texts.myData, show: true },
    { href: '/account', label: texts.account, show: true },
  ].filter((item) => item.show);

  const page = (() => {
    const assessment = /^\/assessments\/([0-9a-f-]{36})$/.exec(path);
    if (assessment) return <AssessmentPage assessmentId={assessment[1]!} />;
    switch (path) {
      case '/assessments':
        return <AssessmentsPage />;
      case '/inventories':
        return <InventoriesPage />;
      case '/datasets':
        return <DatasetsPage />;
      case '/statistics':
        return <StatisticsPage />;
      case '/audit':
        return <AuditPage />;
      case '/users':
        return <UsersPage />;
      case '/province':
        return <ProvincePage />;
      case '/my-data':
        return <MyDataPage />;
      case '/account':
        return <AccountPage />;
      case '/data-requests':
        return <DataRequestsPage />;
      default:
        if (user.role === 'privacy-officer') return <DataRequestsPage />;
        return user.role === 'coordinator' ? <ProvincePage /> : <DashboardPage />;
    }
  })();

  return (
    <SessionContext.Provider value={{ user, signOut }}>
      <a className="skip-link" href="#main">
        {t(texts.skip)}
      </a>
      <header className="topbar">
        <span className="brand">
          {t(texts.appTitle)} · <strong>{user.agency.name}</strong>
        </span>
        <span className="who">
          {user.displayName} — {t(user.roleLabel)}
        </span>
        {languageToggle}
        <button type="button" className="link-button" onClick={signOut}>
          {t(texts.signOut)}
        </button>
      </header>
      <MainNav items={nav} path={path} />
      <p className="sample-banner" role="note">
        {t(texts.sampleBanner)}
      </p>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary
          key={path}
          fallback={(retry) => (
            <Failure
              message={{
                id: 'Halaman ini gagal ditampilkan. Coba lagi, atau muat ulang halaman.',
                en: 'This page failed to show. Try again, or reload the page.',
              }}
              onRetry={retry}
            />
          )}
        >
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t(texts.loading)}
              </p>
            }
          >
            {page}
          </Suspense>
        </PageErrorBoundary>
      </main>
    </SessionContext.Provider>
  );
}
