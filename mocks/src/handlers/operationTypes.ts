/**
 * Types of the operation table, derived from the generated `operations` type: what each entry is
 * given (path, query and body as the contract declares them) and what it may answer (one of the
 * operation's documented success statuses with that status's body).
 */
import type { operations } from "@tessera/sdk";
import type { Caller, ServiceContext } from "../domain/context.js";
import type { PasswordCheck } from "../domain/login.js";
import type { OperationId } from "./operations.js";

type Awaitable<T> = T | Promise<T>;
type ParametersOf<K extends OperationId> = operations[K]["parameters"];
/** A parameter group as declared, or an empty object when the operation has none. */
type Group<T> = [T] extends [undefined] ? Record<string, never> : NonNullable<T>;
/** The `application/json` content of a body or response; undefined when there is none. */
type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : undefined;
type ResponsesOf<K extends OperationId> = operations[K]["responses"];
type SuccessStatus<K extends OperationId> = Extract<keyof ResponsesOf<K>, 200 | 201 | 202 | 204>;

/** An operation's validated input. */
export interface OperationInput<K extends OperationId> {
  path: Group<ParametersOf<K>["path"]>;
  query: Group<ParametersOf<K>["query"]>;
  /** `undefined` when the request had no body (possible only where the spec makes it optional). */
  body: JsonOf<operations[K]["requestBody"]>;
}

/** One of the operation's documented success answers. */
export type OperationResultOf<K extends OperationId> = {
  [S in SuccessStatus<K>]: { status: S; body: JsonOf<ResponsesOf<K>[S]>; headers?: Record<string, string> };
}[SuccessStatus<K>];

/** What an operation that takes no credential knows of its caller (P4). */
export interface RequestOrigin {
  /** The caller's address, as decided by the runtime (H4). */
  clientAddress: string;
}

/** Email and password from `Authorization: Basic` (A5). */
export interface BasicCredentials {
  email: string;
  password: string;
}

/** Whether the spec lists `Idempotency-Key` for the operation (T18). */
type HonoursIdempotencyKey<K extends OperationId> = [NonNullable<ParametersOf<K>["header"]>] extends [never]
  ? false
  : "Idempotency-Key" extends keyof NonNullable<ParametersOf<K>["header"]>
    ? true
    : false;

/**
 * What an operation that honours `Idempotency-Key` must also say: whether the caller may still
 * make the request, checked again before a stored answer is replayed to it (H2); it throws a
 * refusal. The spec decides which operations need it, so a new idempotent operation without it
 * does not compile.
 */
type ReplayCheck<K extends OperationId> =
  HonoursIdempotencyKey<K> extends true
    ? { authorize: (ctx: ServiceContext, caller: Caller, input: OperationInput<K>) => void }
    : { authorize?: never };

/**
 * How one operation is answered: by the authenticated caller, from Basic credentials (login), or
 * with no credential at all (leak reports, P4: the spec's `security: []`).
 * A Basic entry checks the password in `verify`, before the write turn and without writing (PBKDF2
 * is slow; holding every write while it runs would stall the server), and decides in `run`.
 */
export type OperationEntry<K extends OperationId> =
  | {
      auth: "none";
      run: (
        ctx: ServiceContext,
        origin: RequestOrigin,
        input: OperationInput<K>,
      ) => Awaitable<OperationResultOf<K>>;
    }
  | {
      auth: "basic";
      verify: (ctx: ServiceContext, credentials: BasicCredentials) => Promise<PasswordCheck>;
      run: (
        ctx: ServiceContext,
        check: PasswordCheck,
        input: OperationInput<K>,
      ) => Awaitable<OperationResultOf<K>>;
    }
  | ({
      auth: "token";
      run: (ctx: ServiceContext, caller: Caller, input: OperationInput<K>) => Awaitable<OperationResultOf<K>>;
    } & ReplayCheck<K>);

/** One entry per operationId of the contract; a missing one is a compile error naming it. */
export type OperationTable = { [K in OperationId]: OperationEntry<K> };

/** An answer as the pipeline handles it, whatever the operation. */
export interface OperationResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An input as the pipeline builds it, before it is known which operation it is for. */
export interface AnyOperationInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** An entry with its types widened, so the pipeline can call any operation. */
export type AnyOperationEntry =
  | {
      auth: "none";
      run: (
        ctx: ServiceContext,
        origin: RequestOrigin,
        input: AnyOperationInput,
      ) => Awaitable<OperationResult>;
    }
  | {
      auth: "basic";
      verify: (ctx: ServiceContext, credentials: BasicCredentials) => Promise<PasswordCheck>;
      run: (
        ctx: ServiceContext,
        check: PasswordCheck,
        input: AnyOperationInput,
      ) => Awaitable<OperationResult>;
    }
  | {
      auth: "token";
      run: (ctx: ServiceContext, caller: Caller, input: AnyOperationInput) => Awaitable<OperationResult>;
      authorize?: (ctx: ServiceContext, caller: Caller, input: AnyOperationInput) => void;
    };
