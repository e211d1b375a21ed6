import { createRawClient } from "@tessera/sdk";
import { describe, expect, test } from "vitest";

/** A fetch that records the request and answers with a fixed JSON body. */
function recordingFetch(body: unknown, status = 200) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
    });
  };
  return { fetch, requests };
}

describe("createRawClient", () => {
  test("A2: sends the token with the Bearer scheme by default", async () => {
    const { fetch, requests } = recordingFetch({ data: [], nextCursor: null });
    const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", token: "tsr_pat_abc", fetch });
    const { data } = await client.GET("/v1/tokens", { params: { query: { limit: 5, status: "active" } } });
    expect(data).toEqual({ data: [], nextCursor: null });
    expect(requests[0]?.url).toBe("http://127.0.0.1:4010/v1/tokens?limit=5&status=active");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer tsr_pat_abc");
  });

  test("A2: sends the token with the ApiKey scheme when asked", async () => {
    const { fetch, requests } = recordingFetch({});
    const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", token: "k", scheme: "ApiKey", fetch });
    await client.GET("/v1/requester");
    expect(requests[0]?.headers.get("authorization")).toBe("ApiKey k");
  });

  test("an explicit Authorization header on a call wins over the configured token", async () => {
    const { fetch, requests } = recordingFetch({});
    const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", token: "k", fetch });
    await client.POST("/v1/auth/login", { headers: { authorization: "Basic YTpi" } });
    expect(requests[0]?.headers.get("authorization")).toBe("Basic YTpi");
  });

  test("fills path parameters and serializes JSON bodies", async () => {
    const { fetch, requests } = recordingFetch({});
    const client = createRawClient({ baseUrl: "http://127.0.0.1:4010/", fetch });
    await client.PATCH("/v1/tokens/{id}", {
      params: { path: { id: "tok_8fK2mQ9xLp4Rt7Vw" } },
      body: { label: "renamed" },
    });
    const request = requests[0];
    expect(request?.method).toBe("PATCH");
    expect(request?.url).toBe("http://127.0.0.1:4010/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(await request?.json()).toEqual({ label: "renamed" });
  });

  test("E2: returns problem documents as `error` without throwing", async () => {
    const problem = {
      type: "x",
      title: "Not found",
      status: 404,
      detail: "d",
      code: "not_found",
      requestId: "r",
    };
    const { fetch } = recordingFetch(problem, 404);
    const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", fetch });
    const result = await client.GET("/v1/tokens/{id}", { params: { path: { id: "tok_0000000000000000" } } });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(problem);
    expect(result.response.status).toBe(404);
  });
});
