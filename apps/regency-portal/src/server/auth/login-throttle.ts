import type { SqlExecutor } from '../db/driver.js';

/** The limits on failed sign-ins within one window. */
export interface LoginLimits {
  /** Failures of one account from one address. */
  perAccountAndAddress: number;
  /** Failures from one address, whatever the accounts (password spraying from one place). */
  perAddress: number;
  /** Failures of one account from addresses it never signed in from (guessing from many places). */
  perAccount: number;
  /** Failures of the whole deployment from addresses unknown to the account (a distributed attack). */
  global: number;
  windowMinutes: number;
  /** How long a successful sign-in makes its address known to the account. */
  knownAddressDays: number;
}

/** Why a sign-in is refused for now, and for how long. */
export interface Throttled {
  limit: 'account-address' | 'address' | 'account' | 'global';
  retryAfterSeconds: number;
}

interface Counts {
  pair: number;
  by_address: number;
  by_account: number;
  total: number;
  pair_oldest: Date | string | null;
  address_oldest: Date | string | null;
  account_oldest: Date | string | null;
  total_oldest: Date | string | null;
  known: boolean;
  now: Date | string;
}

/**
 * Limits failed sign-ins per account and address, per address, per account and for the whole deployment, with the
 * state in the database (it survives restarts and is shared by every server process).
 *
 * Lockout abuse is contained: the per-account and global limits never apply to an address the account signed in
 * from recently, so an attacker failing on someone's username does not lock the owner out of their usual office —
 * only the owner's own failures from that address (the per-account-and-address limit) can.
 */
export class LoginThrottle {
  constructor(
    private readonly db: SqlExecutor,
    readonly limits: LoginLimits,
  ) {}

  /** Whether `username` may try to sign in from `address` now; `null` when it may. */
  async check(username: string, address: string): Promise<Throttled | null> {
    const [row] = await this.db.query<Counts>(
      `SELECT count(*) FILTER (WHERE username = $1 AND address = $2)::int AS pair,
              count(*) FILTER (WHERE address = $2)::int AS by_address,
              count(*) FILTER (WHERE username = $1)::int AS by_account,
              count(*)::int AS total,
              min(failed_at) FILTER (WHERE username = $1 AND address = $2) AS pair_oldest,
              min(failed_at) FILTER (WHERE address = $2) AS address_oldest,
              min(failed_at) FILTER (WHERE username = $1) AS account_oldest,
              min(failed_at) AS total_oldest,
              EXISTS (SELECT 1 FROM login_known_addresses k WHERE k.username = $1 AND k.address = $2
                        AND k.last_success_at > now() - make_interval(days => $4::int)) AS known,
              now() AS now
         FROM login_failures WHERE failed_at > now() - make_interval(mins => $3::int)`,
      [username, address, this.limits.windowMinutes, this.limits.knownAddressDays],
    );
    if (!row) return null;
    const now = new Date(row.now).getTime();
    const wait = (oldest: Date | string | null) =>
      Math.max(1, Math.ceil((new Date(oldest ?? now).getTime() + this.limits.windowMinutes * 60_000 - now) / 1000));
    if (row.pair >= this.limits.perAccountAndAddress)
      return { limit: 'account-address', retryAfterSeconds: wait(row.pair_oldest) };
    if (row.by_address >= this.limits.perAddress)
      return { limit: 'address', retryAfterSeconds: wait(row.address_oldest) };
    if (row.known) return null;
    if (row.by_account >= this.limits.perAccount)
      return { limit: 'account', retryAfterSeconds: wait(row.account_oldest) };
    if (row.total >= this.limits.global) return { limit: 'global', retryAfterSeconds: wait(row.total_oldest) };
    return null;
  }

  /** Records a failed sign-in (and forgets failures older than the window). */
  async fail(username: string, address: string): Promise<void> {
    await this.db.query('INSERT INTO login_failures (username, address) VALUES ($1, $2)', [username, address]);
    await this.db.query(`DELETE FROM login_failures WHERE failed_at < now() - make_interval(mins => $1::int)`, [
      this.limits.windowMinutes,
    ]);
  }

  /** A successful sign-in: the account's failures from this address are forgotten and the address becomes known. */
  async succeed(username: string, address: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE username = $1 AND address = $2', [username, address]);
    await this.db.query(
      `INSERT INTO login_known_addresses (username, address) VALUES ($1, $2)
       ON CONFLICT (username, address) DO UPDATE SET last_success_at = now()`,
      [username, address],
    );
  }
}
