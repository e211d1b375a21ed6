/**
 * Independent validation: the whole scenario suite through Stoplight Prism (`prism proxy`) in front
 * of the local mock server. Prism reads spec/openapi.yaml on its own and checks every request and
 * every response against it, so this catches what our own validator (the mock's, and the contract
 * guard built on it) might share a blind spot with.
 *
 * Some scenarios send requests that break the contract on purpose (E1's bad bodies, parameters and
 * headers, A1's and A5's missing or wrong credentials, T5's empty label, E2's unknown routes, ...)
 * to check that the mock refuses them. Prism rightly flags those too, and with `--errors` it would
 * answer them itself, so the scenario would see Prism's 422 instead of the mock's answer. Decision:
 *
 * - Each such request is marked in its scenario with `breaches(part, send)` (test/support/
 *   contractBreach.ts), naming the part that is broken. The mark changes nothing in-process or over
 *   plain HTTP, and no assertion changed. Requests the mock refuses by a rule the schema cannot
 *   express (A2's malformed Authorization values, which the apiKey scheme accepts; T5's labels that
 *   are too short or long only after trimming; E1's unknown query parameter, which OpenAPI allows;
 *   T7's undecodable cursor, ...) are not breaches and are not marked: they must pass Prism.
 * - Unmarked requests go through `prism proxy --errors`. Any violation Prism reports for them, or
 *   for the responses to them, is a finding and fails the verdict below (the scenario will usually
 *   fail too, as it sees Prism's error response).
 * - Marked requests go through a second Prism without `--errors`, which reports the violation in
 *   `sl-violations` but still forwards the request and validates the mock's response. The verdict
 *   demands agreement: Prism must flag the declared part of every marked request, and the mock's
 *   response to it must be valid. A marked request Prism finds nothing wrong with fails the run.
 * - Two kinds of request do not reach the mock through Prism, and are listed in the summary:
 *   A4's requests addressed to other hosts (Prism replaces the Host header with the upstream's, so
 *   the mock would see its own loopback address), and marked requests Prism refuses to relay (a
 *   body that is not JSON), which go to the mock directly once Prism's refusal is recorded as its flag.
 *   Bodies that are not valid UTF-8 (E5) go to the mock directly as well: Prism decodes them with
 *   U+FFFD in place of the bad bytes and relays the result re-serialized, so through Prism the mock
 *   would never see the bytes the scenario sent (and Prism itself reports nothing about them).
 * - A third Prism in front of a deliberately broken upstream proves that Prism does check response
 *   bodies and headers here, so "no violation" is not the silence of a validator that checks nothing.
 *
 * Controls (`/__mock/*`) go to the mock directly with the test's X-Mock-Session; the first test
 * checks that Prism forwards that header, since every scenario depends on it.
 *
 * Prism is @stoplight/prism-cli 5.14.2, the last release for Node 20. Its own ^ ranges on prism-core,
 * prism-http and prism-http-server would pull 5.16 (Node 24+, refused by engine-strict), so
 * test/package.json pins those three to the Node 20 releases as well.
 */
import { createServer, type Server } from "node:http";
import { DEMO } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { allScenarios } from "../../packages/conformance/src/scenarios/index.js";
import { rawWith } from "../../packages/conformance/src/support/clients.js";
import { startServer } from "../support/httpTarget.js";
import { isViolationLine, type PrismProxy, startPrism } from "../support/prismProxy.js";
import { breachedPart, type PrismVerdict, prismTarget } from "../support/prismTarget.js";

let server: Awaited<ReturnType<typeof startServer>>;
let strict: PrismProxy;
let observer: PrismProxy;
/** A third Prism (with --errors) in front of a deliberately broken upstream, to prove Prism checks responses. */
let canary: {
  prism: PrismProxy;
  upstream: Server;
  replies: Map<string, { headers: Record<string, string>; body: string }>;
};
const verdicts: PrismVerdict[] = [];

beforeAll(async () => {
  server = await startServer();
  const replies = new Map<string, { headers: Record<string, string>; body: string }>();
  const upstream = createServer((req, res) => {
    const reply = replies.get(req.url ?? "");
    res.writeHead(reply ? 200 : 501, reply?.headers).end(reply?.body);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const address = upstream.address();
  const upstreamUrl = `http://127.0.0.1:${typeof address === "object" ? address?.port : ""}`;
  let prism: PrismProxy;
  [strict, observer, prism] = await Promise.all([
    startPrism(server.url, { errors: true }),
    startPrism(server.url, { errors: false }),
    startPrism(upstreamUrl, { errors: true }),
  ]);
  canary = { prism, upstream, replies };
}, 120_000);
afterAll(async () => {
  await Promise.all([strict?.close(), observer?.close(), canary?.prism.close()]);
  canary?.upstream.close();
  await server?.close();
});

const target = () => prismTarget({ mock: server.url, strict: strict.url, observer: observer.url }, verdicts);

test("Prism forwards X-Mock-Session, so each test keeps its own state behind the proxy", async () => {
  const [mine, other] = [target(), target()];
  const { response } = await rawWith(mine, DEMO.tokens.ada.secret).GET("/v1/requester");
  expect(response.status).toBe(200);
  const requestId = response.headers.get("x-request-id");
  expect((await mine.control.journal()).map((entry) => entry.requestId)).toEqual([requestId]);
  expect(await other.control.journal()).toEqual([]);
});

test("Prism does check responses: a broken body (3.1 type [string, null]) or a missing X-Request-Id is caught", async () => {
  const auth = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };
  const real = await fetch(`${server.url}/v1/tokens/${DEMO.tokens.ada.id}`, { headers: auth });
  const token = await real.json();
  const json = { "content-type": "application/json" };
  canary.replies.set(`/v1/tokens/${DEMO.tokens.ada.id}`, {
    headers: { ...json, "x-request-id": "req_0000000000000000" },
    body: JSON.stringify({ ...token, description: 5 }),
  });
  canary.replies.set(`/v1/tokens/${DEMO.tokens.grace.id}`, { headers: json, body: JSON.stringify(token) });
  const violationsOf = async (id: string) => {
    const response = await fetch(`${canary.prism.url}/v1/tokens/${id}`, { headers: auth });
    expect(response.status).toBe(500);
    const problem = await response.json();
    expect(problem.type).toBe("https://stoplight.io/prism/errors#VIOLATIONS");
    return problem.validation.map((v: { location: string[] }) => v.location.join("."));
  };
  expect(await violationsOf(DEMO.tokens.ada.id)).toEqual(["response.body.description"]);
  expect(await violationsOf(DEMO.tokens.grace.id)).toEqual(["response.header"]);
  // The untouched token, with its X-Request-Id, passes.
  canary.replies.set(`/v1/tokens/${DEMO.tokens.ada.id}`, {
    headers: { ...json, "x-request-id": "req_0000000000000000" },
    body: JSON.stringify(token),
  });
  expect((await fetch(`${canary.prism.url}/v1/tokens/${DEMO.tokens.ada.id}`, { headers: auth })).status).toBe(
    200,
  );
});

allScenarios(target);

describe("Prism's verdict on the whole suite", () => {
  const show = (v: PrismVerdict) =>
    `${v.test} | ${v.request} -> ${v.status}${v.declared ? ` (declared: ${v.declared})` : ""}: ${
      v.violations.map((x) => `[${x.severity}] ${x.location.join(".")} ${x.message}`).join("; ") ||
      v.note ||
      "Prism reported nothing"
    }`;
  const via = (proxy: PrismVerdict["via"]) => verdicts.filter((v) => v.via === proxy);

  test("every request no scenario declared broken, and every response, passes Prism", () => {
    const findings = verdicts.filter(
      (v) =>
        (!v.declared && v.violations.length > 0) || v.violations.some((x) => x.location[0] === "response"),
    );
    expect(findings.map(show)).toEqual([]);
    // The suite really went through Prism (about 370 requests today; the bound only guards against none).
    expect(via("strict").length).toBeGreaterThan(200);
  });

  test("Prism flags every request a scenario declared broken, in the part declared", () => {
    const disagreements = via("observer").filter(
      (v) => !v.violations.some((x) => x.location[0] === "request" && breachedPart(x) === v.declared),
    );
    expect(disagreements.map(show)).toEqual([]);
    expect(via("observer").length).toBeGreaterThan(20);
  });

  test("Prism's own logs agree: every request received, none refused by the strict proxy", async () => {
    const received = (proxy: PrismProxy) =>
      proxy.log.filter((line) => / Request received$/.test(line)).length;
    // Each Prism logged exactly the requests sent to it (its log may trail the responses a little),
    // except bodies its HTTP layer could not parse, which are refused before they are logged.
    const unparsed = via("observer").filter((v) =>
      v.violations.some((x) => x.message.startsWith("not relayed")),
    );
    await vi.waitFor(() => {
      expect(received(strict)).toBe(via("strict").length);
      expect(received(observer)).toBe(via("observer").length - unparsed.length);
    });
    expect(strict.log.filter(isViolationLine)).toEqual([]);
    expect(observer.log.filter((line) => / Violation: response/.test(line))).toEqual([]);
  });

  test("summary: requests that bypassed Prism, and the declared breaches Prism agreed with", () => {
    const bypassed = via("direct");
    console.info(
      [
        `Prism relayed ${via("strict").length} requests with --errors and ${via("observer").length} declared`,
        `breaches without it; ${bypassed.length} requests went to the mock directly:`,
        ...bypassed.map((v) => `  ${show(v)}`),
        "Declared breaches and what Prism said:",
        ...via("observer").map((v) => `  ${show(v)}`),
      ].join("\n"),
    );
    // Only A4's requests to other host names or from another address, breaches Prism refused to
    // relay, bodies that are not UTF-8 and paths it cannot decode may bypass it.
    for (const v of bypassed)
      expect(v.note, show(v)).toMatch(
        /^addressed to .* \(A4\)|^sent from another address|^Prism refused|^a body that is not UTF-8|^a path with a malformed percent-encoding/,
      );
  });
});
