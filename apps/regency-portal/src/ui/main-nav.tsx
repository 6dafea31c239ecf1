import { useEffect, useState } from 'react';
import { useLanguage, type Text } from './i18n.js';
import { Link } from './router.js';

/** One entry of the main menu. */
export interface NavItem {
  href: string;
  label: Text;
}

/**
 * The main menu. On a wide screen its links wrap onto a second line when they do not fit (never a sideways scroll);
 * on a phone they fold behind a "Menu" button (a disclosure: `aria-expanded`, `aria-controls`) that shows them as a
 * list, closed again once a page is chosen.
 */
export function MainNav({ items, path }: { items: NavItem[]; path: string }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const current = items.find((item) => item.href === path);
  return (
    <nav aria-label={t({ id: 'Menu utama', en: 'Main menu' })} className={open ? 'mainnav open' : 'mainnav'}>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((shown) => !shown)}
      >
        <span aria-hidden="true">☰</span> {t({ id: 'Menu', en: 'Menu' })}
        {current && <span className="menu-current"> · {t(current.label)}</span>}
      </button>
      <ul id="main-menu">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={path === item.href ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
