/**
 * T17: every response to a legacy key says it is deprecated (RFC 9745), when it stops working
 * (RFC 8594, P6) and where to read how to migrate. After the sunset the key is refused (`401
 * legacy_key_sunset`) with the same headers.
 */
import { LEGACY_DEPRECATED_AT, LEGACY_MIGRATION_URL, LEGACY_SUNSET_AT } from "../domain/legacyKeys.js";

export const LEGACY_KEY_HEADERS: Readonly<Record<string, string>> = {
  deprecation: `@${LEGACY_DEPRECATED_AT / 1000}`,
  sunset: new Date(LEGACY_SUNSET_AT).toUTCString(),
  link: `<${LEGACY_MIGRATION_URL}>; rel="deprecation"; type="text/html"`,
};
