import type { PrincipalsConfig } from "../runner/principals.js";
import type { MockControl, Target } from "../support/target.js";
import type { ExchangeLog } from "./exchangeLog.js";
import { Unavailable } from "./Unavailable.js";
import { validatingFetch } from "./validatingFetch.js";
import { viaHost } from "./viaHost.js";

type Fetch = (request: Request) => Promise<Response>;

/** Host names of this machine, as a URL's `hostname` writes them. */
export const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** How one scenario reaches the implementation under test. */
export interface ScenarioEnvironment {
  baseUrl: string;
  fetch: Fetch;
  /** Whether `fetch` is the network's (requests to other hosts then go to `baseUrl` by Host header). */
  network: boolean;
  control: MockControl;
  /**
   * Whether a request that names this machine (`http://localhost:4010/...`) reaches the server
   * under test as a local caller's would (A4's loopback exemption): in-process, where the mock reads
   * the URL, or over the network to a server on loopback. Not so for a server on another machine:
   * there such a request is skipped, with the reason, never sent.
   */
  namesLoopback?: boolean;
  /** Sends a request from another machine (A4, H4), where the caller can and the kit cannot. */
  elsewhere?: Fetch;
  /** Sent as `X-Mock-Session` on every API request, when the target isolates callers that way. */
  session?: string;
  log: ExchangeLog;
  /** Who the scenarios act as (default: the demo seed's users). */
  principals?: PrincipalsConfig;
}

/** The Target the shared scenarios use, over `environment`. */
export function scenarioTarget(environment: ScenarioEnvironment): Target {
  const { baseUrl, network, session, log } = environment;
  const base = new URL(baseUrl);
  const withSession = (request: Request) => {
    if (!session) return request;
    const headers = new Headers(request.headers);
    headers.set("x-mock-session", session);
    return new Request(request, { headers });
  };
  const raw: Fetch = (request) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin && LOOPBACK.test(url.hostname) && !environment.namesLoopback) {
      return Promise.reject(
        new Unavailable(
          `needs the server under test on this machine, to call it as ${url.host} over plain HTTP, and ${baseUrl} is not on loopback (a request to ${url.host} from here would reach this machine, or another server, not it)`,
        ),
      );
    }
    const sent = withSession(request);
    // A4 names a loopback server by other names (`localhost:4010`, `[::1]:4010`): over the network
    // they reach the server under test with that Host header, as they would reach a local server.
    if (network && new URL(request.url).origin !== base.origin) return viaHost(baseUrl, sent);
    return environment.fetch(sent);
  };
  const fromElsewhere: Fetch = (request) => {
    if (environment.elsewhere) return environment.elsewhere(withSession(request));
    const url = new URL(request.url);
    if (!network) {
      if (LOOPBACK.test(base.hostname)) {
        throw new Unavailable(
          `needs a caller on another machine, which an in-process ${baseUrl} cannot have`,
        );
      }
      return raw(new Request(`http://${base.host}${url.pathname}${url.search}`, request));
    }
    if (LOOPBACK.test(base.hostname)) {
      throw new Unavailable(
        `needs a request from a non-loopback address, which the kit cannot make to the loopback server ${baseUrl}`,
      );
    }
    // A server on another machine: plain http to its own name is a caller elsewhere (A4).
    return raw(new Request(`http://${base.host}${url.pathname}${url.search}`, request));
  };
  return {
    baseUrl,
    fetch: validatingFetch(raw, log),
    fromElsewhere: validatingFetch(fromElsewhere, log),
    control: environment.control,
    ...(environment.principals ? { principals: environment.principals } : {}),
  };
}
