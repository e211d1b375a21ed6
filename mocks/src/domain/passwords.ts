import { pbkdf2 } from "@noble/hashes/pbkdf2.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { randomBase62 } from "./randomIds.js";

/**
 * PBKDF2-SHA256 iterations. @note Modest on purpose: this is a mock that test suites log in to
 * thousands of times; the format records the count, so stored hashes stay verifiable if it changes.
 */
const ITERATIONS = 10_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** `pbkdf2-sha256$<iterations>$<salt>$<key b64>`: the only form in which a password is kept. */
export function hashPassword(password: string, salt = randomBase62(16)): string {
  const key = pbkdf2(sha256, utf8ToBytes(password), utf8ToBytes(salt), { c: ITERATIONS, dkLen: 32 });
  return `pbkdf2-sha256$${ITERATIONS}$${salt}$${toBase64(key)}`;
}

/** Checks a password against a stored hash, comparing the derived keys in constant time. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, iterations, salt, expected] = stored.split("$");
  if (scheme !== "pbkdf2-sha256" || !iterations || !salt || !expected) return false;
  const key = pbkdf2(sha256, utf8ToBytes(password), utf8ToBytes(salt), { c: Number(iterations), dkLen: 32 });
  return constantTimeEqual(key, fromBase64(expected));
}

/** Compares two byte arrays without an early exit on the first difference. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

let decoy: string | undefined;

/**
 * A hash to check a password against when the email is unknown, so that a wrong email costs the
 * same time as a wrong password (A5: the two failures are indistinguishable).
 */
export function decoyPasswordHash(): string {
  decoy ??= hashPassword(randomBase62(24));
  return decoy;
}
