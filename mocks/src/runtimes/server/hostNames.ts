/**
 * Host names and origins as the local server compares them (H5, CORS): spelled as a URL spells
 * them, so `LOCALHOST`, `127.1` and `[0:0::1]` are recognized for what they are. No imports, so
 * the CLI can check its flags before loading the server.
 */

/**
 * A host name as a URL spells it (lower case, IPv6 in brackets, `127.1` as `127.0.0.1`), or null
 * when no URL can be made of it. A port, if given, is dropped: names are matched with any port.
 */
export function normalizeHostname(name: string): string | null {
  const bare = name.includes(":") && !name.startsWith("[") && name.split(":").length > 2 ? `[${name}]` : name;
  try {
    const url = new URL(`http://${bare}`);
    return url.pathname === "/" && !url.search && !url.hash && !url.username ? url.hostname || null : null;
  } catch {
    return null;
  }
}

/**
 * An origin as browsers send it (`http://localhost:5173`), or `*`; throws on anything else so a
 * typo in `--cors-origin` is caught at start, not by a browser refusing every call.
 */
export function normalizeOrigin(origin: string): string {
  if (origin === "*") return origin;
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {}
  const bare = url && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  if (!url || !bare || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new TypeError(`${JSON.stringify(origin)} is not an origin such as http://localhost:5173 (or *)`);
  }
  return url.origin;
}
