/**
 * T17: every response to a legacy key says it is deprecated (RFC 9745), when it stops working
 * (RFC 8594) and where to read how to migrate.
 */
const DEPRECATED_AT = Date.UTC(2026, 0, 1) / 1000;
const SUNSET_AT = new Date(Date.UTC(2027, 6, 1)).toUTCString();

export const LEGACY_KEY_HEADERS: Readonly<Record<string, string>> = {
  deprecation: `@${DEPRECATED_AT}`,
  sunset: SUNSET_AT,
  link: '<https://docs.tessera.dev/migrate-legacy-keys>; rel="deprecation"; type="text/html"',
};
