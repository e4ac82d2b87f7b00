import type { ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startApp } from "../../scripts/server-process";

/**
 * Starts the built app with `next start` on a free loopback port for the
 * HTTP tests, and stops it afterwards. `npm test` builds the app first
 * (scripts/ensure-built.ts), so this only starts it.
 *
 * The http and browser projects both name this file as their global setup,
 * and Vitest runs it once per project, in one process. So the server is kept
 * on `globalThis` (a module variable would not do: each project loads this
 * file afresh) and counted: the first project starts it, the last teardown
 * stops it. `--project unit` runs neither setup, so no server starts.
 */

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The `next start` process (the server itself runs in a child of it). */
    serverPid: number;
  }
}

interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
}

interface SharedServer {
  running: Promise<RunningServer>;
  /** Projects whose teardown has not run yet. */
  users: number;
}

const SHARED = Symbol.for("policy-essay-search:test-server");
const shared = globalThis as typeof globalThis & { [SHARED]?: SharedServer };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared[SHARED] ??= { running: startServer(), users: 0 };
  const server = shared[SHARED];
  server.users++;
  const { baseUrl, child } = await server.running;
  project.provide("baseUrl", baseUrl);
  project.provide("serverPid", child.pid!);
  return async () => {
    if (--server.users > 0) return;
    child.kill("SIGTERM");
    delete shared[SHARED];
  };
}

async function startServer(): Promise<RunningServer> {
  const { baseUrl, child } = await startApp();
  return { baseUrl, child };
}
