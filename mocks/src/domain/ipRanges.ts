/**
 * IPv4 and IPv6 blocks for IP allow-lists (P1), on ipaddr.js: parsing a block into its canonical
 * CIDR form, whether an address is in a list of blocks, and whether a block lies within another.
 * Pure functions; no rule here knows about tokens.
 */
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** A block as parsed: its canonical text (`203.0.113.0/24`, `2001:db8::/32`), network and prefix. */
export interface IpRange {
  text: string;
  network: Address;
  prefix: number;
}

/** Why a block was refused, in words for a field error. */
export type IpRangeResult = { range: IpRange } | { error: string };

const PREFIX = /^(.*)\/(0|[1-9][0-9]{0,2})$/;

/** The address as written, if it is one in a form people write: four decimal parts, or IPv6 without a zone. */
function strictAddress(text: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  // ipaddr.js also takes `fe80::1%eth0`; a zone names an interface, not an address anyone connects from.
  if (!text.includes("%") && text.includes(":") && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text);
  return null;
}

const textOf = (address: Address) =>
  address.kind() === "ipv6" ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();

/**
 * Parses a block in CIDR notation, or one address (a `/32` or `/128`). IPv4 must be four decimal
 * parts (ipaddr.js alone would also take `10.1` or `0x7f.1`), and no bit may be set after the
 * prefix: `10.1.2.3/8` is refused, naming `10.0.0.0/8`.
 *
 * @example parseIpRange("2001:DB8::/32") // { range: { text: "2001:db8::/32", ... } }
 */
export function parseIpRange(input: string): IpRangeResult {
  const match = PREFIX.exec(input);
  const addressText = match ? (match[1] as string) : input;
  const address = strictAddress(addressText);
  if (!address) return { error: `${JSON.stringify(input)} is not an IPv4 or IPv6 address or block.` };
  const bits = address.kind() === "ipv4" ? 32 : 128;
  const prefix = match ? Number(match[2]) : bits;
  if (prefix > bits) return { error: `A ${address.kind()} prefix is at most /${bits}.` };
  const network = ipaddr.parseCIDR(`${textOf(address)}/${prefix}`)[0];
  const masked = networkOf(network, prefix);
  if (textOf(masked) !== textOf(network)) {
    return { error: `${input} has bits set after its prefix; the block is ${textOf(masked)}/${prefix}.` };
  }
  return { range: { text: `${textOf(masked)}/${prefix}`, network: masked, prefix } };
}

function networkOf(address: Address, prefix: number): Address {
  const text = `${textOf(address)}/${prefix}`;
  return address.kind() === "ipv4"
    ? ipaddr.IPv4.networkAddressFromCIDR(text)
    : ipaddr.IPv6.networkAddressFromCIDR(text);
}

/** A canonical block as stored (always valid: it was parsed when the token was given it). */
function storedRange(text: string): IpRange | null {
  const parsed = parseIpRange(text);
  return "range" in parsed ? parsed.range : null;
}

/**
 * The caller's address as a comparable address: an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`,
 * as dual-stack sockets report) as its IPv4 address; null when it is no address at all.
 */
function callerAddress(text: string): Address | null {
  return ipaddr.isValid(text) ? ipaddr.process(text) : null;
}

/** Whether `address` is in one of the blocks (canonical CIDR texts). An unparsable address is in none. */
export function addressInRanges(address: string, ranges: readonly string[]): boolean {
  const parsed = callerAddress(address);
  if (!parsed) return false;
  return ranges.some((text) => {
    const range = storedRange(text);
    return (
      range !== null && range.network.kind() === parsed.kind() && parsed.match(range.network, range.prefix)
    );
  });
}

/** Whether block `inner` lies entirely within block `outer` (both canonical CIDR texts). */
export function rangeWithin(inner: string, outer: string): boolean {
  const a = storedRange(inner);
  const b = storedRange(outer);
  if (!a || !b || a.network.kind() !== b.network.kind()) return false;
  return a.prefix >= b.prefix && a.network.match(b.network, b.prefix);
}
