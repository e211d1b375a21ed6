import { describe, expect, test } from "vitest";
import type { TokenRecord } from "../store/records.js";
import { tokenStatus } from "./views.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");

function token(expiresAt: number | null, revokedAt: number | null): TokenRecord {
  return {
    id: "tok_x",
    seq: 1,
    type: "personal",
    legacy: false,
    organizationId: "org_acme",
    ownerUserId: "usr_ada",
    createdBy: { id: "usr_ada", name: "Ada Lovelace" },
    label: "x",
    description: null,
    role: null,
    scopes: [{ resource: "*", access: "write" }],
    sensitiveData: "visible",
    prefix: "tsr_pat_xxxx",
    createdAt: NOW - 1000,
    expiresAt,
    revokedAt,
  };
}

describe("tokenStatus", () => {
  test.each<[string, number | null, number | null, "active" | "expired" | "revoked"]>([
    ["no expiry, not revoked: active", null, null, "active"],
    ["expiring later: active", NOW + 1, null, "active"],
    ["exactly at expiresAt: expired", NOW, null, "expired"],
    ["after expiresAt: expired", NOW - 1, null, "expired"],
    ["revoked: revoked", null, NOW - 1, "revoked"],
    ["revoked at this very moment: revoked", NOW + 60_000, NOW, "revoked"],
    ["revoked and expired: revoked wins", NOW - 10, NOW - 20, "revoked"],
    ["revoked after it expired: revoked wins", NOW - 20, NOW - 10, "revoked"],
  ])("T7: %s", (_name, expiresAt, revokedAt, status) => {
    expect(tokenStatus(token(expiresAt, revokedAt), NOW)).toBe(status);
  });
});
