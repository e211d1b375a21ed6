/** The operation table is checked by the compiler against the contract (issue 11). */
import { expectTypeOf, test } from "vitest";
import type { OperationId } from "./operations.js";
import { OPERATION_TABLE } from "./operationTable.js";
import type { OperationTable } from "./operationTypes.js";

test("every operationId of the contract has an entry, and no other key does", () => {
  expectTypeOf<keyof typeof OPERATION_TABLE>().toEqualTypeOf<OperationId>();
});

test("an operation without an entry does not compile", () => {
  const { listAuditEvents: _left, ...incomplete } = OPERATION_TABLE;
  // @ts-expect-error Property 'listAuditEvents' is missing
  const table: OperationTable = incomplete;
  void table;
});

test("an entry must answer with a status and body the contract documents for it", () => {
  const wrongStatus = {
    ...OPERATION_TABLE,
    getToken: { auth: "token", run: () => ({ status: 201 as const, body: null }) },
  } as const;
  // @ts-expect-error getToken documents 200 with a Token, not 201
  const table: OperationTable = wrongStatus;
  void table;
});

test("H2: an operation that honours Idempotency-Key must say how a replay is re-checked", () => {
  const { authorize: _dropped, ...withoutCheck } = OPERATION_TABLE.createToken;
  const unchecked = { ...OPERATION_TABLE, createToken: withoutCheck };
  // @ts-expect-error Property 'authorize' is missing (the spec lists Idempotency-Key for createToken)
  const table: OperationTable = unchecked;
  void table;
});
