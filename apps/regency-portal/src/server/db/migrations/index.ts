import { sql as initial } from './0001-initial.js';
import { sql as inventories } from './0002-inventories.js';
import { sql as agencyRevisions } from './0003-agency-revisions.js';
import { sql as loginThrottle } from './0004-login-throttle.js';
import { sql as userAccounts } from './0005-user-accounts.js';
import { sql as dataSubjectRequests } from './0006-data-subject-requests.js';
import { sql as satuDataFiles } from './0007-satu-data-files.js';
import { sql as publicationSync } from './0008-publication-sync.js';
import { sql as assessmentSectors } from './0009-assessment-sectors.js';

/** A versioned schema change; versions only ever grow and an applied migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'inventories', sql: inventories },
  { version: 3, name: 'agency-revisions', sql: agencyRevisions },
  { version: 4, name: 'login-throttle', sql: loginThrottle },
  { version: 5, name: 'user-accounts', sql: userAccounts },
  { version: 6, name: 'data-subject-requests', sql: dataSubjectRequests },
  { version: 7, name: 'satu-data-files', sql: satuDataFiles },
  { version: 8, name: 'publication-sync', sql: publicationSync },
  { version: 9, name: 'assessment-sectors', sql: assessmentSectors },
];
