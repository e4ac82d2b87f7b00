import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    // The load test runs on its own (`npm run test:load`, vitest.load.config.mts): it needs the server to itself.
    exclude: ["tests/load/**", "**/node_modules/**"],
    // nodejieba is a native addon that keeps global state: separate processes, not worker threads.
    pool: "forks",
    globalSetup: ["tests/setup/server.ts"],
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
