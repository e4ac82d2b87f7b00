/**
 * Running the built app as a child process: the Node options every server
 * of the app runs with, a free loopback port, and the resident memory of the
 * server's process tree. Shared by the test server (tests/setup/server.ts),
 * the load test and the benchmark.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/**
 * Node refuses request heads over 16 KB with a bare 431; a 10,000-character
 * Chinese query percent-encodes to ≈ 90 KB, and the app should answer it with
 * its own clear message (query too long) instead. Keep in step with the
 * `start` script in package.json.
 */
export const SERVER_NODE_OPTIONS = "--max-http-header-size=131072";

/** A port nothing listens on, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resident memory of a process and all its descendants, in MB (from /proc; `next start` forks the server). */
export function treeRssMB(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return execFileSync("ps", ["-o", "pid=", "--ppid", String(p)], { encoding: "utf8" }).split("\n").map((s) => Number(s.trim())).filter((n) => n > 0);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  let kb = 0;
  for (const p of all) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended
    }
  }
  return kb / 1024;
}
