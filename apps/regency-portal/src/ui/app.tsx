import { useEffect, useState } from 'react';
import { api, setCsrfToken } from './api.js';
import { texts, useLanguage } from './i18n.js';
import { AssessmentPage } from './pages/assessment-page.js';
import { AssessmentsPage } from './pages/assessments-page.js';
import { AuditPage } from './pages/audit-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { DatasetsPage } from './pages/datasets-page.js';
import { InventoriesPage } from './pages/inventories-page.js';
import { LoginPage } from './pages/login-page.js';
import { MyDataPage } from './pages/my-data-page.js';
import { ProvincePage } from './pages/province-page.js';
import { StatisticsPage } from './pages/statistics-page.js';
import { UsersPage } from './pages/users-page.js';
import { Link, navigate, usePath } from './router.js';
import { canDo, SessionContext, type SessionUser } from './session.js';

/** The portal's web client: sign-in, then the pages the role may see. */
export function App() {
  const { t, language, setLanguage } = useLanguage();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const path = usePath();

  useEffect(() => {
    void api.GET('/api/auth/session').then(({ data }) => {
      if (data) setCsrfToken(data.csrfToken);
      setUser(data?.user ?? null);
    });
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

  if (user === undefined) return <p className="loading">{t(texts.loading)}</p>;
  if (user === null) {
    return (
      <>
        <header className="topbar">
          <span className="brand">{t(texts.appTitle)}</span>
          {languageToggle}
        </header>
        <main id="main">
          <LoginPage
            onSignedIn={(signedIn, csrf) => {
              setCsrfToken(csrf);
              setUser(signedIn);
              navigate(signedIn.role === 'coordinator' ? '/province' : '/');
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
    { href: '/my-data', label: texts.myData, show: true },
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
      default:
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
      <nav aria-label={t({ id: 'Menu utama', en: 'Main menu' })} className="mainnav">
        <ul>
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="sample-banner" role="note">
        {t(texts.sampleBanner)}
      </p>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </SessionContext.Provider>
  );
}
