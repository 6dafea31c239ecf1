import { createContext, useContext } from 'react';
import type { paths } from '../generated/portal-api.js';

/** The signed-in user as the session route returns it. */
export type SessionUser = paths['/api/auth/session']['get']['responses']['200']['content']['application/json']['user'];

/** The session context. */
export const SessionContext = createContext<{ user: SessionUser; signOut: () => void } | null>(null);

/** The signed-in user (pages render only inside a session). */
export function useSession() {
  const session = useContext(SessionContext);
  if (!session) throw new TypeError('useSession outside a session');
  return session;
}

/** What each role may do in the UI (the server enforces the same). */
export function canDo(
  role: SessionUser['role'],
  action:
    | 'fill'
    | 'assess'
    | 'create'
    | 'write-inventory'
    | 'walidata'
    | 'audit'
    | 'users'
    | 'users-manage'
    | 'data-requests'
    | 'province'
    | 'read',
) {
  const table: Record<typeof action, SessionUser['role'][]> = {
    read: ['admin', 'operator', 'asesor', 'auditor'],
    fill: ['admin', 'operator'],
    assess: ['asesor'],
    create: ['admin'],
    'write-inventory': ['admin', 'operator'],
    walidata: ['admin'],
    audit: ['admin', 'auditor'],
    users: ['admin', 'auditor'],
    province: ['coordinator'],
    'users-manage': ['admin'],
    'data-requests': ['privacy-officer'],
  };
  return table[action].includes(role);
}
