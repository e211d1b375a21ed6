import { fileURLToPath } from "node:url";
import { createServer } from "vite";

/** A running dev server of this example. */
export interface ExampleServer {
  /** The page's address, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Starts this example's Vite dev server on a loopback port (by default one the system picks), as
 * `pnpm dev` would, for end-to-end tests.
 *
 * @example
 * const server = await startExampleServer();
 * await page.goto(server.url);
 * await server.close();
 */
export async function startExampleServer(port = 0): Promise<ExampleServer> {
  const server = await createServer({
    configFile: fileURLToPath(new URL("./vite.config.ts", import.meta.url)),
    server: { host: "127.0.0.1", port, strictPort: true },
    logLevel: "warn",
    clearScreen: false,
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("The dev server is not listening on a port");
    return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
