import { pbkdf2Sync } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { hashPassword, limitPasswordHashing, verifyPassword } from "./passwords.js";

/** A hash in the stored format, derived by Node's own PBKDF2: what earlier versions stored. */
const nodeHash = (password: string, salt: string, iterations: number) =>
  `pbkdf2-sha256$${iterations}$${salt}$${pbkdf2Sync(password, salt, iterations, 32, "sha256").toString("base64")}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("passwords (A5: PBKDF2-SHA256, off the event loop)", () => {
  test("A5: a hash in the stored format verifies, whatever derived it; a wrong password does not", async () => {
    const stored = nodeHash("correct-horse-battery-staple", "seed-usr_ada", 10_000);
    expect(await hashPassword("correct-horse-battery-staple", "seed-usr_ada")).toBe(stored);
    expect(await verifyPassword("correct-horse-battery-staple", stored)).toBe(true);
    expect(await verifyPassword("correct-horse-battery-stapl", stored)).toBe(false);
    expect(await verifyPassword("", nodeHash("", "s", 1000))).toBe(true);
  });

  test("A5: without crypto.subtle (an insecure browser context) the fallback derives the same key", async () => {
    const stored = nodeHash("pässword", "salt", 2000);
    vi.stubGlobal("crypto", {});
    expect(await verifyPassword("pässword", stored)).toBe(true);
    expect(await verifyPassword("password", stored)).toBe(false);
    expect(await hashPassword("x", "y")).toBe(nodeHash("x", "y", 10_000));
  });

  test.each([
    ["another scheme", "bcrypt$10$salt$AAAA"],
    ["no iterations", "pbkdf2-sha256$$salt$AAAA"],
    ["zero iterations", "pbkdf2-sha256$0$salt$AAAA"],
    ["an absurd iteration count", "pbkdf2-sha256$99999999999$salt$AAAA"],
    ["a key that is not base64", "pbkdf2-sha256$1000$salt$!!!"],
    ["no key", "pbkdf2-sha256$1000$salt"],
  ])("A5: a stored hash with %s matches no password and does not throw", async (_name, stored) => {
    expect(await verifyPassword("anything", stored)).toBe(false);
  });

  test("A5: derivations beyond the limit wait for a free slot, and start in arrival order", async () => {
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    let running = 0;
    let most = 0;
    // A Web Crypto whose derivations end when the test says so, recording how many overlap.
    vi.stubGlobal("crypto", {
      subtle: {
        importKey: async (_format: string, raw: Uint8Array) => new TextDecoder().decode(raw),
        deriveBits: (_params: unknown, password: string) => {
          started.push(password);
          most = Math.max(most, ++running);
          return new Promise<ArrayBuffer>((resolve) =>
            finish.set(password, () => {
              running--;
              resolve(new ArrayBuffer(32));
            }),
          );
        },
      },
    });
    const settled = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    limitPasswordHashing(3); // two at once
    try {
      const checks = ["a", "b", "c", "d"].map((p) => verifyPassword(p, nodeHash("x", "s", 1)));
      await settled();
      expect(started).toEqual(["a", "b"]);
      finish.get("b")?.();
      await settled();
      expect(started).toEqual(["a", "b", "c"]);
      finish.get("a")?.();
      finish.get("c")?.();
      await settled();
      finish.get("d")?.();
      expect(await Promise.all(checks)).toEqual([false, false, false, false]);
      expect(started).toEqual(["a", "b", "c", "d"]);
      expect(most).toBe(2);
    } finally {
      limitPasswordHashing(2);
    }
  });
});
