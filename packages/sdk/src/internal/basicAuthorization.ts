/**
 * `Basic base64(email:password)` for login (A5), UTF-8 encoded so non-Latin-1 passwords work.
 * @note `btoa` alone throws on characters above U+00FF; Buffer would tie the SDK to Node.
 */
export function basicAuthorization(email: string, password: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${email}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
