import { createClient, createRawClient } from "@tessera/sdk";
import { castOf, type Who } from "./cast.js";
import type { Target } from "./target.js";

export { castOf, DEVELOPER_SCOPES, type Who } from "./cast.js";

/** The SDK client (resource methods) acting with a secret; no retries, so statuses are exact. */
export function clientWith(target: Target, token?: string, scheme: "Bearer" | "ApiKey" = "Bearer") {
  return createClient({
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    retries: 0,
    ...(token ? { token, scheme } : {}),
  });
}

/** The SDK's raw client (result unions), for asserting statuses, headers and problems. */
export function rawWith(target: Target, token?: string) {
  return createRawClient({ baseUrl: target.baseUrl, fetch: target.fetch, ...(token ? { token } : {}) });
}

/** The raw client acting as one of the principals, with their working token (support/cast.ts). */
export const rawAs = (target: Target, who: Who) => rawWith(target, castOf(target)[who].token.secret);
/** The SDK client acting as one of the principals, with their working token (support/cast.ts). */
export const clientAs = (target: Target, who: Who) => clientWith(target, castOf(target)[who].token.secret);

/** A plain request through the target, for what typed clients cannot send. */
export function send(target: Target, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return target.fetch(new Request(`${target.baseUrl}${path}`, { ...init, headers }));
}

export const basic = (email: string, password: string) => `Basic ${btoa(`${email}:${password}`)}`;

/**
 * Logs in as one of the principals through the SDK and returns the session secret; the scenario is
 * skipped (with the reason) when the principals file gives them as a token only.
 */
export async function sessionFor(target: Target, who: Who) {
  const { email, password } = castOf(target).login(who);
  const session = await clientWith(target).auth.login({ email, password });
  return session.value;
}

/** A grant list for create and update bodies. */
export const FULL = [{ resource: "*" as const, access: "write" as const }];
