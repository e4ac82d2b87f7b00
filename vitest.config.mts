import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Three projects (`npm test` runs all; `npx vitest run --project unit` one):
 * - unit: pure functions and the build, in-process; no server starts.
 * - http: the API, hostile input and faults over real HTTP against `next start`.
 * - browser: Chromium driving the pages of the same server.
 * The load test runs on its own (`npm run test:load`, vitest.load.config.mts): it needs the server to itself.
 *
 * `extends: true` makes each project inherit this file (alias, pool,
 * timeouts). Vitest 4 concatenates inherited arrays, so `include`, `exclude`
 * and `globalSetup` are set per project only: a root `globalSetup` would run
 * (and start a server) even for `--project unit`. tests/setup/server.ts shares
 * one server between http and browser.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // nodejieba is a native addon that keeps global state: separate processes, not worker threads.
    pool: "forks",
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/http/**", "tests/browser/**", "tests/load/**", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: { name: "http", include: ["tests/http/**/*.test.ts"], globalSetup: ["tests/setup/server.ts"] },
      },
      {
        extends: true,
        test: { name: "browser", include: ["tests/browser/**/*.test.ts"], globalSetup: ["tests/setup/server.ts"] },
      },
    ],
  },
});
