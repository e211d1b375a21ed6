/**
 * The legacy-key timeline (T17, P6): deprecated since the start of 2026, refused from their sunset
 * on. The spec's `Sunset` example names the same instant (test/contract/spec.test.ts checks it).
 */

/** When legacy keys were deprecated (RFC 9745 `Deprecation`), epoch milliseconds. */
export const LEGACY_DEPRECATED_AT = Date.UTC(2026, 0, 1);

/** When legacy keys stop working (RFC 8594 `Sunset`, P6), epoch milliseconds. */
export const LEGACY_SUNSET_AT = Date.UTC(2099, 0, 1);

/** Where the migration off legacy keys is explained. */
export const LEGACY_MIGRATION_URL = "https://docs.tessera.dev/migrate-legacy-keys";
