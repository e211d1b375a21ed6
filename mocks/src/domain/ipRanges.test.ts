import { describe, expect, test } from "vitest";
import { addressInRanges, parseIpRange, rangeWithin } from "./ipRanges.js";

const textOf = (input: string) => {
  const parsed = parseIpRange(input);
  return "range" in parsed ? parsed.range.text : `error: ${parsed.error}`;
};

describe("parseIpRange", () => {
  test.each([
    ["203.0.113.0/24", "203.0.113.0/24"],
    ["203.0.113.7", "203.0.113.7/32"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["2001:DB8::/32", "2001:db8::/32"],
    ["2001:db8:0:0:0:0:0:7", "2001:db8::7/128"],
    ["::1", "::1/128"],
    ["::/0", "::/0"],
    ["::ffff:192.0.2.0/120", "::ffff:c000:200/120"],
  ])("P1: %s is the block %s", (input, canonical) => {
    expect(textOf(input)).toBe(canonical);
  });

  test.each([
    ["10.1.2.3/8", /bits set after its prefix; the block is 10\.0\.0\.0\/8/],
    ["2001:db8::1/32", /the block is 2001:db8::\/32/],
    ["10.0.0.0/33", /at most \/32/],
    ["::/129", /at most \/128/],
    ["10.1", /not an IPv4 or IPv6/],
    ["0x7f.0.0.1", /not an IPv4 or IPv6/],
    ["010.0.0.1", /not an IPv4 or IPv6/],
    ["fe80::1%eth0", /not an IPv4 or IPv6/],
    ["10.0.0.0/08", /not an IPv4 or IPv6/],
    ["10.0.0.0/", /not an IPv4 or IPv6/],
    [" 10.0.0.0/8", /not an IPv4 or IPv6/],
    ["", /not an IPv4 or IPv6/],
    ["example.com", /not an IPv4 or IPv6/],
  ])("P1: %s is refused", (input, detail) => {
    const parsed = parseIpRange(input);
    expect("error" in parsed && parsed.error).toMatch(detail);
  });
});

describe("addressInRanges", () => {
  const ranges = ["203.0.113.0/24", "2001:db8::/32"];
  test.each([
    ["203.0.113.7", true],
    ["203.0.114.1", false],
    ["::ffff:203.0.113.7", true],
    ["2001:db8::42", true],
    ["2001:db9::1", false],
    ["127.0.0.1", false],
    ["not an address", false],
    ["", false],
  ])("P1: %s in [203.0.113.0/24, 2001:db8::/32] is %s", (address, inside) => {
    expect(addressInRanges(address, ranges)).toBe(inside);
  });

  test("P1: an empty list holds no address", () => {
    expect(addressInRanges("127.0.0.1", [])).toBe(false);
  });
});

describe("rangeWithin", () => {
  test.each([
    ["10.1.0.0/16", "10.0.0.0/8", true],
    ["10.0.0.0/8", "10.0.0.0/8", true],
    ["10.0.0.0/8", "10.1.0.0/16", false],
    ["11.0.0.0/16", "10.0.0.0/8", false],
    ["127.0.0.1/32", "127.0.0.0/8", true],
    ["2001:db8:1::/48", "2001:db8::/32", true],
    ["10.0.0.0/8", "::/0", false],
    ["::/0", "0.0.0.0/0", false],
  ])("H1/P1: %s within %s is %s", (inner, outer, within) => {
    expect(rangeWithin(inner, outer)).toBe(within);
  });
});
