import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";
import { newsrooms } from "./schema";
import { pgliteTemplate } from "./testing";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "claimdesk-lock-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function startSleeper(): { pid: number; stop(): Promise<void> } {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  if (child.pid === undefined) throw new Error("could not start a child process");
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

describe("lockDataDir", () => {
  it("writes this process's pid beside the directory and removes it on release", () => {
    const dataDir = join(root, "pglite");
    const lock = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    lockDataDir(dataDir).release();
  });

  it("refuses a second open from the same process", () => {
    const dataDir = join(root, "pglite");
    const lock = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirInUseError);
    lock.release();
  });

  it("refuses a directory another live process holds, naming that process", async () => {
    const dataDir = join(root, "pglite");
    const other = startSleeper();
    writeFileSync(`${dataDir}.lock`, String(other.pid));
    try {
      expect(() => lockDataDir(dataDir)).toThrow(`pid ${other.pid}`);
    } finally {
      await other.stop();
    }
  });

  it("takes over the lock of a process that died without closing", async () => {
    const dataDir = join(root, "pglite");
    const killed = startSleeper();
    writeFileSync(`${dataDir}.lock`, String(killed.pid));
    await killed.stop();
    const lock = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    lock.release();
  });
});

describe("openDatabase on an embedded data directory", () => {
  it("refuses a second handle while the first is open, and reopens after close", async () => {
    const dataDir = join(root, "pglite");
    const first = await openDatabase({ url: null, dataDir, loadDataDir: await pgliteTemplate() });
    try {
      await first.db.insert(newsrooms).values({ slug: "kept", name: "Kept" });
      await expect(openDatabase({ url: null, dataDir })).rejects.toThrow(DataDirInUseError);
      // The refused open did not disturb the open one.
      expect(await first.db.select().from(newsrooms)).toHaveLength(1);
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ url: null, dataDir });
    try {
      expect((await reopened.db.select().from(newsrooms)).map((row) => row.slug)).toEqual(["kept"]);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
