/**
 * Running the built app as a child process: the Node options every server
 * of the app runs with, a free loopback port, and the resident memory of the
 * server's process tree. Shared by the test server (tests/setup/server.ts),
 * the load test and the benchmark.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
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

/** The built app running as a child: where it answers, its process, and what it printed. */
export interface RunningApp {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => void;
}

/**
 * Starts the built app (`next start`) on a free loopback port, optionally
 * against another generated folder, and waits until `readyPath` answers
 * (`ok` only: any HTTP answer will do, for a server expected to answer 503).
 * Throws with the server's output when it exits or does not answer in time.
 *
 * @example const app = await startApp({ generated: "/tmp/v2" }); …; app.stop();
 */
export async function startApp(options: { generated?: string; readyPath?: string; ok?: boolean; timeoutMs?: number } = {}): Promise<RunningApp> {
  const { generated, readyPath = "/api/essays", ok = true, timeoutMs = 60_000 } = options;
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...(generated ? { GENERATED_DIR: generated } : {}), NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = { baseUrl, child, log: () => output, stop: () => void child.kill("SIGTERM") };
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}${readyPath}`);
      if (!ok || response.ok) return app;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      app.stop();
      throw new Error(`next start did not answer ${readyPath} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
