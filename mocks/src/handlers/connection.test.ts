import { describe, expect, test } from "vitest";
import { isLoopbackAddress, normalizeAddress } from "./connection.js";

describe("connection addresses (A4, H4)", () => {
  test.each([
    ["127.0.0.1", "127.0.0.1", true],
    ["127.255.0.9", "127.255.0.9", true],
    ["::1", "::1", true],
    ["::ffff:127.0.0.1", "127.0.0.1", true],
    ["::FFFF:127.0.0.2", "127.0.0.2", true],
    ["::ffff:192.0.2.2", "192.0.2.2", false],
    ["192.0.2.2", "192.0.2.2", false],
    ["fd00::2", "fd00::2", false],
    ["::", "::", false],
    ["0.0.0.0", "0.0.0.0", false],
    ["", "", false],
    // Only addresses, never names: a connection has no host name.
    ["localhost", "localhost", false],
  ])("%s normalizes to %s; loopback: %s", (address, normalized, loopback) => {
    expect(normalizeAddress(address)).toBe(normalized);
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});
