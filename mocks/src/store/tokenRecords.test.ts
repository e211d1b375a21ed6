/**
 * How the store holds tokens (tokenRecords.ts, issue 17): one shape for every record, repeated
 * values shared and frozen, optional fields kept as given, and a store started from a seed image
 * sharing the image's values without writing them.
 */
import { describe, expect, test } from "vitest";
import { createStore } from "./createStore.js";
import type { TokenRecord } from "./records.js";

const token = (id: string, extra: Partial<TokenRecord> = {}): TokenRecord => ({
  id,
  seq: Number(id.replace(/\D/g, "")) || 1,
  type: "personal",
  legacy: false,
  organizationId: "org_a",
  ownerUserId: "usr_a",
  // Built per record, as a fixture parsed from JSON gives them: equal values, distinct objects.
  createdBy: { id: "usr_a", name: ["Ada", "Lovelace"].join(" ") },
  label: `token ${id}`,
  description: null,
  role: null,
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
  prefix: `tsr_pat_${id}`,
  createdAt: 1_800_000_000_000,
  expiresAt: null,
  revokedAt: null,
  ...extra,
});

describe("stored tokens", () => {
  test("tokens with the same creator and scopes share one frozen copy of each", async () => {
    const store = createStore();
    const a = await store.insertToken(token("tok_1"));
    const b = await store.insertToken(token("tok_2"));
    const c = await store.insertToken(token("tok_3", { scopes: [{ resource: "tokens", access: "write" }] }));
    expect(a.createdBy).toBe(b.createdBy);
    expect(a.scopes).toBe(b.scopes);
    expect(c.scopes).not.toBe(a.scopes);
    expect(c.scopes).toEqual([{ resource: "tokens", access: "write" }]);
    expect(Object.isFrozen(a.scopes) && Object.isFrozen(a.scopes[0]) && Object.isFrozen(a.createdBy)).toBe(
      true,
    );
    // A stray write to a shared value cannot reach the other tokens.
    expect(() => (a.scopes as TokenRecord["scopes"]).push({ resource: "zones", access: "read" })).toThrow();
    expect(store.token("tok_2")?.scopes).toEqual([{ resource: "tokens", access: "read" }]);
  });

  test("every stored token has the same fields in the same order, whatever order it came in", async () => {
    const store = createStore();
    const { label, id, ...rest } = token("tok_1");
    await store.insertToken({ label, ...rest, id } as TokenRecord);
    await store.insertToken(token("tok_2", { type: "organization", ownerUserId: null, role: "admin" }));
    const keys = [...store.allTokens()].map((t) => Object.keys(t).join());
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]?.startsWith("id,seq,type,")).toBe(true);
  });

  test("optional fields stay absent when a record has none, and are kept when it has them", async () => {
    const store = createStore();
    await store.insertToken(token("tok_1"));
    await store.insertToken(
      token("tok_2", { revocationReason: null, allowedIps: ["10.0.0.0/8"], notBefore: 1_800_000_001_000 }),
    );
    const [plain, full] = store.snapshot().tokens;
    expect(plain).toEqual(token("tok_1"));
    expect(Object.keys(plain ?? {})).not.toContain("allowedIps");
    expect(full).toEqual(
      token("tok_2", { revocationReason: null, allowedIps: ["10.0.0.0/8"], notBefore: 1_800_000_001_000 }),
    );
  });

  test("an update in place shares the new values too", async () => {
    const store = createStore();
    const a = await store.insertToken(token("tok_1"));
    await store.insertToken(token("tok_2", { scopes: [{ resource: "members", access: "read" }] }));
    const updated = await store.updateToken("tok_1", {
      scopes: [{ resource: "members", access: "read" }],
      revokedAt: 1_800_000_002_000,
    });
    expect(updated).toBe(a);
    expect(updated.scopes).toBe(store.token("tok_2")?.scopes);
    expect(updated.revokedAt).toBe(1_800_000_002_000);
    expect(store.liveTokenIdsOwnedBy("user:usr_a").has("tok_1")).toBe(false);
  });

  test("a store started from an image reads the image's shared values and never adds to them", async () => {
    const seed = createStore();
    const seeded = await seed.insertToken(token("tok_1"));
    const image = seed.freeze();
    const child = createStore();
    child.adopt(image);
    const mine = await child.insertToken(token("tok_2"));
    expect(mine.scopes).toBe(seeded.scopes);
    expect(mine.createdBy).toBe(seeded.createdBy);
    await child.insertToken(token("tok_3", { createdBy: { id: "usr_b", name: "Grace Hopper" } }));
    expect(image.indexes().tokenValues.find("createdBy\u0000usr_b\u0000Grace Hopper")).toBeUndefined();
    expect(child.indexes().tokenValues.find("createdBy\u0000usr_b\u0000Grace Hopper")).toBeDefined();
    // A seed token changed in the child is copied, with the shape and shared values of the rest.
    const changed = await child.updateToken("tok_1", { label: "changed" });
    expect(changed).not.toBe(seeded);
    expect(seeded.label).toBe("token tok_1");
    expect(Object.keys(changed)).toEqual(Object.keys(seeded));
    expect(changed.scopes).toBe(seeded.scopes);
  });
});

describe("secrets of a credential", () => {
  const secret = (hash: string, credentialId = "tok_1") => ({
    hash,
    credentialType: "token" as const,
    credentialId,
    validUntil: null,
  });

  test("one hash, then every hash a rotation adds, oldest first; a hash put again is not repeated", () => {
    const store = createStore();
    store.insertSecret(secret("h1"));
    expect(store.secretsOf("tok_1").map((s) => s.hash)).toEqual(["h1"]);
    store.updateSecret("h1", { validUntil: 5 });
    store.insertSecret(secret("h2"));
    store.insertSecret(secret("h3"));
    store.updateSecret("h2", { validUntil: 6 });
    expect(store.secretsOf("tok_1").map((s) => [s.hash, s.validUntil])).toEqual([
      ["h1", 5],
      ["h2", 6],
      ["h3", null],
    ]);
    expect(store.secretsOf("tok_2")).toEqual([]);
  });

  test("a store from an image adds secrets to a seed credential without changing the image's", () => {
    const seed = createStore();
    seed.insertSecret(secret("h1"));
    const image = seed.freeze();
    const child = createStore();
    child.adopt(image);
    child.insertSecret(secret("h2"));
    expect(child.secretsOf("tok_1").map((s) => s.hash)).toEqual(["h1", "h2"]);
    expect(seed.secretsOf("tok_1").map((s) => s.hash)).toEqual(["h1"]);
  });
});
