/**
 * The `--persist` lock: `<file>.lock`, created exclusively (O_EXCL) and holding the owner's pid and
 * host. A second process finds it and refuses; a lock whose process is gone (a `kill -9`) is stale
 * and taken over at once.
 *
 * @note Not proper-lockfile: it decides staleness by the lock's age (at least 2 s, 10 s by default,
 * refreshed by a timer), so a server restarted right after a `kill -9` would be refused until the
 * lock ages out, and a holder whose event loop stalls past that age loses its lock. Asking the
 * kernel whether the pid lives answers both at once on one machine, which is what a local mock
 * server needs. A lock from another host is never taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";

/** Another live process holds the lock; the message is one line for the operator. */
export class LockHeld extends Error {
  constructor(file: string, owner: string) {
    super(
      `${file} is in use by another tessera-mock (${owner}); stop it, or use another --persist file. If no such process runs, delete ${file}.lock.`,
    );
    this.name = "LockHeld";
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes the lock of `file` (nothing else is read or written); returns its release. */
export function lockFile(file: string): () => void {
  const lock = `${file}.lock`;
  const me = `pid ${process.pid} on ${hostname()}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, `${me}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let owner = "";
    try {
      owner = readFileSync(lock, "utf8").trim();
    } catch {
      // Released between our attempt and this read: try again.
    }
    const match = /^pid (\d+) on (.*)$/.exec(owner);
    const stale = match !== null && match[2] === hostname() && !alive(Number(match[1]));
    if (attempt > 0 || (owner !== "" && !stale)) throw new LockHeld(file, owner || "a lock being written");
    if (stale) unlinkSync(lock);
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    try {
      if (readFileSync(lock, "utf8").trim() === me) unlinkSync(lock);
    } catch {
      // Already gone.
    }
  };
  process.on("exit", release);
  return release;
}
