import type { Store } from "../store/createStore.js";
import type {
  OrganizationRecord,
  Role,
  ScopeGrant,
  SensitiveData,
  SessionRecord,
  TokenRecord,
  UserRecord,
} from "../store/records.js";
import type { Clock } from "./clock.js";
import type { Permissions } from "./permissions.js";

/** Limits and durations the rules use; defaults in {@link DEFAULT_CONFIG}. */
export interface ServiceConfig {
  /** Session lifetime in milliseconds (A5: 30 days). */
  sessionLifetimeMs: number;
  /** Active tokens per owner (T4). */
  tokenLimit: number;
  /** Failed logins per email that trigger a lock (A5). */
  loginFailureLimit: number;
  /** Window in which failures count, and how long a lock lasts, in milliseconds (A5). */
  loginLockMs: number;
  /** How long an Idempotency-Key is remembered, in milliseconds (T18). */
  idempotencyTtlMs: number;
  /** Leak reports allowed per caller address in `leakReportWindowMs` (P4). */
  leakReportLimit: number;
  /** The window leak reports are counted in, in milliseconds (P4). */
  leakReportWindowMs: number;
}

export const DEFAULT_CONFIG: ServiceConfig = {
  sessionLifetimeMs: 30 * 24 * 3600 * 1000,
  tokenLimit: 50,
  loginFailureLimit: 5,
  loginLockMs: 15 * 60 * 1000,
  idempotencyTtlMs: 24 * 3600 * 1000,
  leakReportLimit: 10,
  leakReportWindowMs: 15 * 60 * 1000,
};

/** Everything a rule may touch: the store, the clock and the configuration. */
export interface ServiceContext {
  store: Store;
  clock: Clock;
  config: ServiceConfig;
}

export type CredentialKind = "session" | "personal" | "organization" | "legacy";

/** An authenticated caller, resolved from a secret by `authenticate`. */
export interface Caller {
  kind: CredentialKind;
  /** The token or session record used. */
  credential: { type: "token"; record: TokenRecord } | { type: "session"; record: SessionRecord };
  credentialId: string;
  organization: OrganizationRecord;
  /** The acting user; null when an organization token acts. */
  user: UserRecord | null;
  /** The role the credential acts with now (the user's current role, or the token's). */
  role: Role;
  grants: readonly ScopeGrant[];
  permissions: Permissions;
  sensitiveData: SensitiveData;
  /** The id that owns audit entries: a user id or an organization id. */
  principalId: string;
  principalName: string;
  /**
   * The secret presented, as stored: its hash (Idempotency-Key records belong to it, H2) and, for
   * a secret rotated out and still in its grace period (T11), when it stops working (H1).
   */
  secret: { hash: string; validUntil: number | null };
}
