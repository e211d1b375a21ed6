import { request as httpRequest } from "node:http";

/**
 * Sends `request` to the server at `serverUrl` whatever origin it names, keeping that origin's host
 * in the Host header (fetch does not let a caller set Host), from `localAddress` when given. This
 * is how a scenario addresses a loopback server as `localhost:4010` or `[::1]:4010` (A4).
 */
export function viaHost(serverUrl: string, request: Request, localAddress?: string): Promise<Response> {
  const target = new URL(request.url);
  const server = new URL(serverUrl);
  return request.arrayBuffer().then(
    (body) =>
      new Promise((resolve, reject) => {
        const headers: Record<string, string> = { host: target.host };
        request.headers.forEach((value, name) => {
          headers[name] = value;
        });
        const req = httpRequest(
          {
            host: server.hostname.replace(/^\[|\]$/g, ""),
            port: server.port,
            localAddress,
            method: request.method,
            path: target.pathname + target.search,
            headers,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              const responseHeaders = new Headers();
              for (const [name, value] of Object.entries(res.headers)) {
                if (typeof value === "string") responseHeaders.set(name, value);
              }
              resolve(
                new Response(chunks.length ? Buffer.concat(chunks) : null, {
                  status: res.statusCode ?? 500,
                  headers: responseHeaders,
                }),
              );
            });
          },
        );
        req.on("error", reject);
        req.end(body.byteLength ? Buffer.from(body) : undefined);
      }),
  );
}
