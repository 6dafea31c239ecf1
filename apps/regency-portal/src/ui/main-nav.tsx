import { useLanguage, type Text } from './i18n.js';
import { Link } from './router.js';

/** One entry of the main menu. */
interface NavItem {
  href: string;
  label: Text;
}

/**
 * The main menu: its links wrap onto more lines when they do not fit, on a desktop and on a phone alike, so every
 * page stays one tap away and the menu never scrolls sideways inside itself.
 */
export function MainNav({ items, path }: { items: NavItem[]; path: string }) {
  const { t } = useLanguage();
  return (
    <nav aria-label={t({ id: 'Menu utama', en: 'Main menu' })} className="mainnav">
      <ul>
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
