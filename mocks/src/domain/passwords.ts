import { pbkdf2Async } from "@noble/hashes/pbkdf2.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { randomBase62 } from "./randomIds.js";

/**
 * PBKDF2-SHA256 iterations: one derivation costs about 2.5 ms of a core (an AMD EPYC server core,
 * Node 20; `pnpm bench --only logins` prints it). @note Modest on purpose, well under OWASP's
 * 600,000 for real password stores: this is a mock that test suites log in to thousands of times;
 * the format records the count, so stored hashes stay verifiable if it changes.
 */
const ITERATIONS = 10_000;
/** A stored count above this is refused rather than run: a fixture cannot make one login cost minutes. */
const MAX_ITERATIONS = 10_000_000;
const KEY_BITS = 256;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** How many cores this runtime reports (browsers, Deno, Bun, Node 21+); Node 20 has no `navigator`. */
const reportedCores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
  ?.hardwareConcurrency;

/**
 * Derivations allowed to run at once; the rest wait their turn in arrival order.
 *
 * @note Each derivation runs on a worker thread (Node's libuv pool, 4 threads unless
 * `UV_THREADPOOL_SIZE` says otherwise), yet 40 logins at once starved other requests: they took
 * every core, then all finished together and their 40 continuations ran back to back on the event
 * loop (`pnpm bench --only logins`: a `GET /v1/requester` during them waited 90-350 ms at p99 on 2
 * cores; 13 ms with this limit). One fewer than the cores, and at most 3, leaves a core to the event
 * loop and a pool thread to file I/O, and lets logins finish one by one. Without a reported core
 * count (Node 20) it assumes 2 cores; the local server sets the real one.
 */
let hashingSlots = slotsFor(reportedCores ?? 2);
let hashing = 0;
const waitingToHash: (() => void)[] = [];

function slotsFor(cores: number): number {
  return Math.max(1, Math.min(3, Math.floor(cores) - 1));
}

/** Sets how many password derivations may run at once from the machine's core count (see {@link hashingSlots}). */
export function limitPasswordHashing(cores: number): void {
  hashingSlots = slotsFor(cores);
}

/** Runs `derive` once a slot is free; a finished derivation hands its slot to the next in line. */
async function inTurn<T>(derive: () => Promise<T>): Promise<T> {
  if (hashing < hashingSlots) hashing++;
  else await new Promise<void>((resolve) => waitingToHash.push(resolve));
  try {
    return await derive();
  } finally {
    const next = waitingToHash.shift();
    if (next) next();
    else hashing--;
  }
}

/**
 * PBKDF2-SHA256 without blocking the event loop, so one login never stalls other requests.
 *
 * @note Web Crypto runs the derivation natively, off the main thread (Node's thread pool, a
 * browser's crypto thread), and exists in Node 20, workers and browsers in secure contexts. Where
 * `crypto.subtle` is missing (a page served over plain HTTP from a non-loopback host), noble's
 * `pbkdf2Async` computes the same key in JavaScript, yielding to the event loop as it goes.
 */
function deriveKey(password: string, salt: string, iterations: number): Promise<Uint8Array> {
  return inTurn(() => derive(password, salt, iterations));
}

async function derive(password: string, salt: string, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    return pbkdf2Async(sha256, utf8ToBytes(password), utf8ToBytes(salt), { c: iterations, dkLen: 32 });
  }
  const material = await subtle.importKey("raw", utf8ToBytes(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: utf8ToBytes(salt), iterations },
    material,
    KEY_BITS,
  );
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$<iterations>$<salt>$<key b64>`: the only form in which a password is kept. */
export async function hashPassword(password: string, salt = randomBase62(16)): Promise<string> {
  const key = await deriveKey(password, salt, ITERATIONS);
  return `pbkdf2-sha256$${ITERATIONS}$${salt}$${toBase64(key)}`;
}

/**
 * A stored hash's parts, or null when it is not one this module can check: another scheme, an
 * iteration count out of range, or a key that is not base64 (a fixture's `passwordHash` is held
 * to the same test, so no fixture stores a hash that could never match).
 */
export function parsePasswordHash(
  stored: string,
): { iterations: number; salt: string; key: Uint8Array } | null {
  const [scheme, count, salt, expected, ...rest] = stored.split("$");
  const iterations = Number(count);
  if (scheme !== "pbkdf2-sha256" || !salt || !expected || rest.length > 0) return null;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return null;
  try {
    return { iterations, salt, key: fromBase64(expected) };
  } catch {
    return null;
  }
}

/** Checks a password against a stored hash, comparing the derived keys in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  return constantTimeEqual(await deriveKey(password, parsed.salt, parsed.iterations), parsed.key);
}

/** Compares two byte arrays without an early exit on the first difference. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

let decoy: Promise<string> | undefined;

/**
 * A hash to check a password against when the email is unknown, so that a wrong email costs the
 * same time as a wrong password (H3: the two failures are indistinguishable).
 */
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(randomBase62(24));
  return decoy;
}
