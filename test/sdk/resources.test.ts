import { createClient, type TokenCreateRequest } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { BASE_URL, fakeFetch, json, type Reply, TOKEN, TOKEN_ID, tokenJson } from "./fakeFetch.js";

function setup(reply: Reply) {
  const { fetch, requests } = fakeFetch(reply);
  const client = createClient({
    baseUrl: `${BASE_URL}/`,
    token: TOKEN,
    fetch,
    headers: { "x-client": "test" },
  });
  const last = () => {
    const request = requests.at(-1);
    if (!request) throw new Error("no request sent");
    return request;
  };
  return { client, requests, last };
}

const WITH_SECRET = { token: tokenJson(), secret: "tsr_pat_ExampleNewTokenSecret0000000030G31D1" };

describe("resource methods send the contract's requests and return the data", () => {
  test("A2: every request carries the token and the client's headers", async () => {
    const { client, last } = setup(json({ kind: "user" }));
    await client.requester.get();
    expect(last().url).toBe(`${BASE_URL}/v1/requester`);
    expect(last().headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(last().headers.get("x-client")).toBe("test");
  });

  test("Q1: requester.get", async () => {
    const { client, last } = setup(json({ kind: "organization", id: "org_acme" }));
    await expect(client.requester.get()).resolves.toEqual({ kind: "organization", id: "org_acme" });
    expect(last().method).toBe("GET");
  });

  test("S2: scopes.list", async () => {
    const { client, last } = setup(json({ resources: [], plan: "teams", scopedTokensAllowed: true }));
    await expect(client.scopes.list()).resolves.toMatchObject({ plan: "teams" });
    expect(last().url).toBe(`${BASE_URL}/v1/scopes`);
  });

  test("T1: tokens.create posts the body and returns token and secret", async () => {
    const { client, last } = setup(json(WITH_SECRET, 201));
    const body: TokenCreateRequest = {
      label: "CI deploy",
      type: "organization",
      role: "developer",
      scopes: [{ resource: "zones", access: "write", resourceIds: ["zone_acme01"] }],
      sensitiveData: "visible",
      expiresAt: "2027-01-01T00:00:00Z",
    };
    await expect(client.tokens.create(body)).resolves.toEqual(WITH_SECRET);
    expect(last().method).toBe("POST");
    expect(last().url).toBe(`${BASE_URL}/v1/tokens`);
    expect(last().headers.get("content-type")).toBe("application/json");
    expect(await last().json()).toEqual(body);
  });

  test("T8: tokens.get", async () => {
    const { client, last } = setup(json(tokenJson()));
    await expect(client.tokens.get(TOKEN_ID)).resolves.toEqual(tokenJson());
    expect(last().url).toBe(`${BASE_URL}/v1/tokens/${TOKEN_ID}`);
  });

  test("T9: tokens.update patches only the given fields", async () => {
    const { client, last } = setup(json(tokenJson(TOKEN_ID, "renamed")));
    await expect(
      client.tokens.update(TOKEN_ID, { label: "renamed", expiresAt: null }),
    ).resolves.toMatchObject({
      label: "renamed",
    });
    expect(last().method).toBe("PATCH");
    expect(await last().json()).toEqual({ label: "renamed", expiresAt: null });
  });

  test("T10: tokens.revoke deletes, with the confirm query when given", async () => {
    const { client, requests } = setup(json({ ...tokenJson(), status: "revoked" }));
    await expect(client.tokens.revoke(TOKEN_ID, { confirm: "CI deploy" })).resolves.toMatchObject({
      status: "revoked",
    });
    await client.tokens.revoke(TOKEN_ID);
    expect(requests.map((request) => [request.method, request.url])).toEqual([
      ["DELETE", `${BASE_URL}/v1/tokens/${TOKEN_ID}?confirm=CI%20deploy`],
      ["DELETE", `${BASE_URL}/v1/tokens/${TOKEN_ID}`],
    ]);
  });

  test("T11: tokens.rotate posts the grace period, or no body at all", async () => {
    const { client, requests } = setup(json(WITH_SECRET));
    await expect(client.tokens.rotate(TOKEN_ID, { gracePeriodSeconds: 3600 })).resolves.toEqual(WITH_SECRET);
    await client.tokens.rotate(TOKEN_ID);
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/tokens/${TOKEN_ID}/rotate`);
    expect(await requests[0]?.json()).toEqual({ gracePeriodSeconds: 3600 });
    expect(await requests[1]?.text()).toBe("");
    expect(requests[1]?.headers.has("content-type")).toBe(false);
  });

  test("T12: tokens.current and tokens.introspect", async () => {
    const { client, requests } = setup(json({ active: false }));
    await expect(client.tokens.introspect("tsr_oat_anything")).resolves.toEqual({ active: false });
    await client.tokens.current();
    expect(requests[0]?.url).toBe(`${BASE_URL}/v1/tokens/introspect`);
    expect(await requests[0]?.json()).toEqual({ token: "tsr_oat_anything" });
    expect(requests[1]?.url).toBe(`${BASE_URL}/v1/tokens/current`);
  });

  test("P5: organization.get and organization.updatePolicy", async () => {
    const organization = { id: "org_acme", policy: { requireAllowedIps: true } };
    const { client, requests } = setup(json(organization));
    await expect(client.organization.get()).resolves.toEqual(organization);
    await expect(client.organization.updatePolicy({ requireAllowedIps: true })).resolves.toEqual(
      organization,
    );
    expect(requests.map((request) => [request.method, request.url])).toEqual([
      ["GET", `${BASE_URL}/v1/organization`],
      ["PATCH", `${BASE_URL}/v1/organization/policy`],
    ]);
    expect(await requests[1]?.json()).toEqual({ requireAllowedIps: true });
  });

  test("P4: credentials.reportLeaked posts the secrets with no credential at all", async () => {
    const { client, last } = setup(() => new Response(null, { status: 202 }));
    await expect(client.credentials.reportLeaked(["tsr_pat_found"])).resolves.toBeUndefined();
    expect(last().url).toBe(`${BASE_URL}/v1/credentials/revoke`);
    expect(await last().json()).toEqual({ credentials: ["tsr_pat_found"] });
    expect(last().headers.has("authorization")).toBe(false);
    const explicit = await client.credentials.reportLeaked(["x"], {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(explicit).toBeUndefined();
    expect(last().headers.has("authorization")).toBe(false);
  });

  test("per-call headers are added to the request", async () => {
    const { client, last } = setup(json(tokenJson()));
    await client.tokens.get(TOKEN_ID, { headers: { "x-trace": "abc" } });
    expect(last().headers.get("x-trace")).toBe("abc");
    expect(last().headers.get("x-client")).toBe("test");
  });

  test("the raw client is typed by the contract and shares the credential", async () => {
    const { client, last } = setup(json({ data: [], nextCursor: null }));
    const { data } = await client.raw.GET("/v1/tokens", { params: { query: { limit: 5 } } });
    expect(data).toEqual({ data: [], nextCursor: null });
    expect(last().url).toBe(`${BASE_URL}/v1/tokens?limit=5`);
    expect(last().headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });
});
