import { spawn, type ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";
import { freePort, SERVER_NODE_OPTIONS } from "../../scripts/server-process";

/**
 * Starts the built app with `next start` on a free loopback port for the
 * HTTP tests, and stops it afterwards. `npm test` builds the app first
 * (scripts/ensure-built.ts), so this only starts it.
 */

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The `next start` process (the server itself runs in a child of it). */
    serverPid: number;
  }
}

let server: ChildProcess | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: SERVER_NODE_OPTIONS },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/essays`, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("serverPid", server.pid!);
  return async () => {
    server?.kill("SIGTERM");
    server = null;
  };
}

async function waitFor(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`next start exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer ${url} within 60 s:\n${log()}`);
}
