/**
 * The shapes the store keeps. Times are epoch milliseconds; the handlers format them as RFC 3339.
 * Secrets never appear here: only SHA-256 hashes (hex) and 12-character display prefixes.
 */
import type {
  AuditEventType,
  Plan,
  ReceiveReports,
  ResourceType,
  Role,
  ScopeGrant,
  SelectableResourceType,
  SensitiveData,
} from "@tessera/sdk";

export type {
  AuditEventType,
  Plan,
  ReceiveReports,
  ResourceType,
  Role,
  ScopeGrant,
  SelectableResourceType,
  SensitiveData,
};

export interface OrganizationRecord {
  id: string;
  name: string;
  plan: Plan;
  /** US dollars. */
  balance: number;
  /** Longest token lifetime in days; null for unlimited (T13). */
  maxTokenLifetimeDays: number | null;
  /**
   * P5: days without use after which a token is revoked; null or absent for never. Absent in
   * records written before P5 and in fixtures, which cannot set a policy beyond the lifetime cap.
   */
  revokeAfterInactiveDays?: number | null;
  /** P5: when `revokeAfterInactiveDays` last changed; inactivity counts from then at the earliest. */
  inactivityCountedFrom?: number;
  /** P5: whether tokens created or edited from now on must carry `allowedIps`; absent is false. */
  requireAllowedIps?: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Why a token was revoked (T10, P4, P5). */
export type RevocationReason = "manual" | "leaked" | "inactive";

export interface UserRecord {
  id: string;
  /** Stored lowercased; logins compare case-insensitively. */
  email: string;
  emailIsVerified: boolean;
  firstName: string;
  lastName: string;
  receiveReports: ReceiveReports;
  /** `pbkdf2-sha256$<iterations>$<salt b64>$<key b64>`; never the password. */
  passwordHash: string;
  createdAt: number;
}

export interface MembershipRecord {
  id: string;
  userId: string;
  organizationId: string;
  role: Role;
  createdAt: number;
}

/** A personal or organization token, including legacy keys (organization tokens with `legacy`). */
export interface TokenRecord {
  id: string;
  /** Monotonic insertion number: the list order and the cursor. */
  seq: number;
  type: "personal" | "organization";
  legacy: boolean;
  organizationId: string;
  /** The owning user for personal tokens; null for organization tokens. */
  ownerUserId: string | null;
  /** Who created the token, as they were named then (a user, or the organization token used). */
  createdBy: { id: string; name: string };
  label: string;
  description: string | null;
  /** The role an organization token carries; null for personal tokens. */
  role: Role | null;
  scopes: ScopeGrant[];
  sensitiveData: SensitiveData;
  prefix: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  /** Why it was revoked; null or absent while it is not (and for records written before P4/P5). */
  revocationReason?: RevocationReason | null;
  /**
   * P1: canonical CIDR blocks the token may be used from; null or absent for any address (absent in
   * records written before P1 and in fixtures, which cannot set it).
   */
  allowedIps?: string[] | null;
  /** P2: when the token starts working; null or absent for at once. */
  notBefore?: number | null;
}

export interface SessionRecord {
  id: string;
  userId: string;
  organizationId: string;
  prefix: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

/** One accepted secret: the hash of a token's or session's secret. */
export interface SecretRecord {
  hash: string;
  credentialType: "token" | "session";
  credentialId: string;
  /** When a rotated-out secret stops working (T11); null while it is the current secret. */
  validUntil: number | null;
}

export interface ResourceRecord {
  id: string;
  seq: number;
  type: SelectableResourceType;
  organizationId: string;
  name: string;
}

export interface MaskedTokenRecord {
  id: string;
  label: string;
  type: "personal" | "organization";
  masked: string;
}

export interface AuditEventRecord {
  id: string;
  seq: number;
  type: AuditEventType;
  organizationId: string;
  occurredAt: number;
  actor: { id: string; kind: "user" | "organization"; name: string; credentialId: string } | null;
  token: MaskedTokenRecord | null;
  email: string | null;
  /** Why the token was revoked (`token.revoked`, `token.leaked`); absent or null otherwise. */
  reason?: RevocationReason | null;
}

/** A message the service would have e-mailed (T16); read through the mock's outbox. */
export interface NotificationRecord {
  id: string;
  type:
    | "token.created"
    | "token.rotated"
    | "token.revoked"
    | "token.expiring"
    | "token.expired"
    | "token.leaked";
  occurredAt: number;
  recipient: { userId: string; email: string };
  organizationId: string;
  subject: string;
  token: MaskedTokenRecord;
  /** Who acted; null when no credential did (expiry notices, leak reports, inactivity: P3-P5). */
  actor: { id: string; name: string } | null;
  /** The token's expiry, for `token.expiring` and `token.expired` (P3). */
  expiresAt?: number;
  /** Why the token was revoked, for `token.revoked` and `token.leaked`. */
  reason?: RevocationReason;
}

/** Failed logins for one email (A5). */
export interface LoginThrottleRecord {
  /** Times of recent failures, oldest first. */
  failures: number[];
  /** While set and in the future, logins for the email are refused. */
  lockedUntil: number | null;
}

/** When a credential last authenticated an accepted request (T14). */
export interface UsageRecord {
  lastUsedAt: number;
  lastUsedIp: string | null;
}

/**
 * A stored response for Idempotency-Key replays (T18).
 * @note Replaying a create or rotate response means keeping its secret for 24 hours, so the body
 * and headers live in memory only (T6). `--persist` logs the rest (no secret): after a restart the
 * record has no body, and a replay is refused naming `tokenId` instead of running again.
 */
export interface IdempotencyRecord {
  fingerprint: string;
  createdAt: number;
  status: number;
  /** The token the first request made or changed, when its answer named one. */
  tokenId?: string;
  /** The answer to replay; absent once the record went through a restart. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The T4 owner of a token: its user for personal tokens, its organization otherwise. */
export function ownerKey(token: Pick<TokenRecord, "type" | "ownerUserId" | "organizationId">): string {
  return token.type === "personal" ? `user:${token.ownerUserId}` : `organization:${token.organizationId}`;
}
