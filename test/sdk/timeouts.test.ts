import { createClient, TimeoutError } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { BASE_URL, json, recordingSleep, TOKEN, TOKEN_ID, tokenJson } from "./fakeFetch.js";

/** A fetch that never answers but, like the real one, rejects when its request's signal aborts. */
function hangingFetch(honourSignal = true) {
  const signals: AbortSignal[] = [];
  const fetch = (request: Request) => {
    signals.push(request.signal);
    return new Promise<Response>((_, reject) => {
      if (honourSignal) request.signal.addEventListener("abort", () => reject(request.signal.reason));
    });
  };
  return { fetch, signals };
}

describe("per-request timeouts", () => {
  test("an attempt that outlasts timeoutMs is a TimeoutError, after the retries", async () => {
    const { fetch, signals } = hangingFetch();
    const { sleep } = recordingSleep();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, sleep, timeoutMs: 20, retries: 1 });
    const error = await client.tokens.get(TOKEN_ID).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).status).toBeUndefined();
    expect((error as TimeoutError).message).toContain("timed out after 20 ms");
    expect(signals).toHaveLength(2);
  });

  test("each attempt gets a fresh signal: the first is aborted, the second starts live", async () => {
    let calls = 0;
    const seen: { signal: AbortSignal; abortedAtStart: boolean }[] = [];
    const fetch = (request: Request) => {
      seen.push({ signal: request.signal, abortedAtStart: request.signal.aborted });
      calls++;
      if (calls === 1) {
        return new Promise<Response>((_, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason)),
        );
      }
      return Promise.resolve(json(tokenJson()));
    };
    const { sleep } = recordingSleep();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, sleep, timeoutMs: 20 });
    await expect(client.tokens.get(TOKEN_ID)).resolves.toMatchObject({ id: TOKEN_ID });
    expect(seen).toHaveLength(2);
    expect(seen[0]?.signal).not.toBe(seen[1]?.signal);
    expect(seen[0]?.signal.aborted).toBe(true);
    expect(seen[1]?.abortedAtStart).toBe(false);
    expect(seen[1]?.signal.aborted).toBe(false);
  });

  test("a per-call timeoutMs overrides the client's", async () => {
    const { fetch } = hangingFetch();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, retries: 0, timeoutMs: 60_000 });
    const started = Date.now();
    await expect(client.tokens.get(TOKEN_ID, { timeoutMs: 15 })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("times out even when the injected fetch ignores the signal", async () => {
    const { fetch } = hangingFetch(false);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, retries: 0, timeoutMs: 15 });
    await expect(client.tokens.get(TOKEN_ID)).rejects.toBeInstanceOf(TimeoutError);
  });

  test("the caller's abort wins: it rejects with the caller's reason and is not retried", async () => {
    const { fetch, signals } = hangingFetch();
    const { sleep, waits } = recordingSleep();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, sleep, timeoutMs: 60_000 });
    const controller = new AbortController();
    const call = client.tokens.get(TOKEN_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user navigated away")), 10);
    await expect(call).rejects.toThrow("user navigated away");
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    expect(waits).toEqual([]);
  });

  test("an already aborted signal sends nothing", async () => {
    const { fetch, signals } = hangingFetch();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const controller = new AbortController();
    controller.abort();
    await expect(client.tokens.get(TOKEN_ID, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(signals).toHaveLength(0);
  });

  test("aborting during the wait between retries stops at once, without another attempt", async () => {
    const attempts: Request[] = [];
    const fetch = async (request: Request) => {
      attempts.push(request);
      // The server asks for a 30-second wait, so "at once" has a wide margin on a busy machine.
      return json({ code: "service_unavailable" }, 503, { "retry-after": "30" });
    };
    const controller = new AbortController();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, timeoutMs: 60_000 });
    const call = client.tokens.get(TOKEN_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 20);
    const started = Date.now();
    await expect(call).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(attempts).toHaveLength(1);
  });

  test("the raw client takes a signal too", async () => {
    const { fetch } = hangingFetch();
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const controller = new AbortController();
    const call = client.raw.GET("/v1/requester", { signal: controller.signal });
    controller.abort(new Error("cancelled"));
    await expect(call).rejects.toThrow("cancelled");
  });
});
