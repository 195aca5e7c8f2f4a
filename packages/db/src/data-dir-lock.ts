import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/**
 * One process at a time per embedded data directory. PGlite runs a single-user PostgreSQL backend
 * inside the process; two of them on one directory each cache pages the other overwrites, which
 * silently corrupts indexes (seen as duplicated rows behind a unique index). PostgreSQL's own
 * postmaster.pid does not protect PGlite, so the lock file sits beside the directory.
 *
 * A lock left by a process that died (SIGKILL, power loss) is taken over: PGlite replays its
 * write-ahead log on open, like any PostgreSQL after a crash.
 */
export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is open in another process (pid ${pid}). ` +
        "PGlite serves one process at a time: stop that process first, or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "DataDirInUseError";
  }
}

/** Directories this process holds, so a second open from the same process is refused too. */
const heldByThisProcess = new Set<string>();

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = `${dataDir}.lock`;
  if (heldByThisProcess.has(lockPath)) throw new DataDirInUseError(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldByThisProcess.add(lockPath);
      return {
        release() {
          heldByThisProcess.delete(lockPath);
          rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner !== null && owner !== process.pid && isAlive(owner))
        throw new DataDirInUseError(dataDir, owner);
      // The owner is gone without closing: take the lock over.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}: another process keeps taking it.`);
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
