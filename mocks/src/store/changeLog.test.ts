import { describe, expect, test } from "vitest";
import { applyChanges, EMPTY_SNAPSHOT, type StoreChange } from "./changeLog.js";
import { createStore } from "./createStore.js";
import type { MembershipRecord, OrganizationRecord } from "./records.js";

const org = (id: string, name = id): OrganizationRecord => ({
  id,
  name,
  plan: "teams",
  balance: 0,
  maxTokenLifetimeDays: null,
  createdAt: 0,
  updatedAt: 0,
});
const member = (id: string, role: MembershipRecord["role"] = "developer"): MembershipRecord => ({
  id,
  userId: "usr_a",
  organizationId: "org_a",
  role,
  createdAt: 0,
});

describe("applyChanges", () => {
  test("a put adds a record, a later put of the same id replaces it", () => {
    const result = applyChanges(EMPTY_SNAPSHOT, [
      { op: "put", table: "organizations", record: org("org_a") },
      { op: "put", table: "organizations", record: org("org_b") },
      { op: "put", table: "organizations", record: org("org_a", "renamed") },
    ]);
    expect(result.organizations).toEqual([org("org_a", "renamed"), org("org_b")]);
  });

  test("a delete removes the record", () => {
    const start = applyChanges(EMPTY_SNAPSHOT, [
      { op: "put", table: "memberships", record: member("mem_1") },
      { op: "put", table: "memberships", record: member("mem_2", "admin") },
    ]);
    const result = applyChanges(start, [{ op: "delete", table: "memberships", id: "mem_1" }]);
    expect(result.memberships).toEqual([member("mem_2", "admin")]);
  });

  test("secrets are keyed by hash, not id", () => {
    const secret = { hash: "ab", credentialType: "token", credentialId: "tok_1", validUntil: null } as const;
    const result = applyChanges(EMPTY_SNAPSHOT, [
      { op: "put", table: "secrets", record: secret },
      { op: "put", table: "secrets", record: { ...secret, validUntil: 5 } },
    ]);
    expect(result.secrets).toEqual([{ ...secret, validUntil: 5 }]);
  });

  test("the sequence only moves forward", () => {
    const result = applyChanges({ ...EMPTY_SNAPSHOT, seq: 10 }, [
      { op: "seq", value: 12 },
      { op: "seq", value: 11 },
    ]);
    expect(result.seq).toBe(12);
  });

  test("the input snapshot is not changed", () => {
    const start = applyChanges(EMPTY_SNAPSHOT, [{ op: "put", table: "organizations", record: org("org_a") }]);
    const copy = structuredClone(start);
    applyChanges(start, [{ op: "put", table: "organizations", record: org("org_b") }]);
    expect(start).toEqual(copy);
  });

  test("replaying a store's change events gives the store's own snapshot", async () => {
    const changes: StoreChange[] = [];
    const store = createStore({ onChange: (change) => changes.push(change) });
    await store.insertOrganization(org("org_a"));
    await store.insertMembership(member("mem_1"));
    await store.updateMembership("usr_a", "org_a", { role: "admin" });
    await store.insertMembership({ ...member("mem_2"), organizationId: "org_b" });
    store.deleteMembership("usr_a", "org_b");
    store.nextSeq();
    store.insertSecret({ hash: "ab", credentialType: "session", credentialId: "ses_1", validUntil: null });
    store.updateSecret("ab", { validUntil: 1 });
    const { usage: _usage, ...replayed } = applyChanges(EMPTY_SNAPSHOT, changes);
    const { usage: _ignored, ...own } = store.snapshot();
    expect(replayed).toEqual(own);
  });
});
