import { DEMO } from "@tessera/mock";
import { createClient, createRawClient } from "@tessera/sdk";
import type { Target } from "./target.js";

export type DemoCredential = keyof typeof DEMO.tokens;

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

/** The raw client acting as one of the demo credentials. */
export const rawAs = (target: Target, who: DemoCredential) => rawWith(target, DEMO.tokens[who].secret);
export const clientAs = (target: Target, who: DemoCredential) => clientWith(target, DEMO.tokens[who].secret);

/** A plain request through the target, for what typed clients cannot send. */
export function send(target: Target, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  return target.fetch(new Request(`${target.baseUrl}${path}`, { ...init, headers }));
}

export const basic = (email: string, password: string) => `Basic ${btoa(`${email}:${password}`)}`;

/** Logs in as a demo user through the SDK and returns the session secret. */
export async function sessionFor(target: Target, email: string, password: string = DEMO.password) {
  const client = clientWith(target);
  const session = await client.auth.login({ email, password });
  return session.value;
}

/** A grant list for create and update bodies. */
export const FULL = [{ resource: "*" as const, access: "write" as const }];
