/** The portal's roles. Indonesian titles are data shown in the UI. */
export const roles = ['admin', 'operator', 'asesor', 'auditor', 'coordinator', 'privacy-officer'] as const;
/** A role. */
export type Role = (typeof roles)[number];

/** Labels for each role (Bahasa Indonesia / English). */
export const roleLabels: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Admin Diskominfo', en: 'Diskominfo administrator' },
  operator: { id: 'Operator OPD', en: 'OPD operator' },
  asesor: { id: 'Asesor internal', en: 'Internal assessor' },
  auditor: { id: 'Auditor (hanya baca)', en: 'Auditor (read-only)' },
  coordinator: { id: 'Koordinator provinsi', en: 'Province coordinator' },
  'privacy-officer': { id: 'Pejabat Pelindungan Data Pribadi', en: 'Data protection officer' },
};

/**
 * What each role may do. Every route names one permission; the server checks it, then checks that the
 * agency in the path is the user's own agency.
 */
const permissions = {
  'assessment:read': ['admin', 'operator', 'asesor', 'auditor'],
  'assessment:create': ['admin'],
  'assessment:fill': ['operator', 'admin'],
  'assessment:submit': ['operator', 'admin'],
  'assessment:assess': ['asesor'],
  'plan:edit-costs': ['admin'],
  'inventory:read': ['admin', 'operator', 'asesor', 'auditor'],
  'inventory:write': ['admin', 'operator'],
  'dataset:submit': ['operator', 'admin'],
  'dataset:review': ['admin'],
  'statistics:read': ['admin', 'operator', 'asesor', 'auditor'],
  'audit:read': ['admin', 'auditor'],
  'users:read': ['admin', 'auditor'],
  'users:read-personal': ['admin'],
  /** Create and disable accounts, assign roles, reset passwords. */
  'users:manage': ['admin'],
  /** Record a citizen's request under UU PDP and answer "who processed my data" by NIK (audited per lookup). */
  'data-requests:handle': ['privacy-officer'],
  'province:read': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;

/** A permission name. */
export type Permission = keyof typeof permissions;

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
