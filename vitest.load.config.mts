import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:load`: the load test alone, against a server of its own
 * (the same global setup as `npm test`), so no other test's traffic or
 * memory is counted in its figures.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/load/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["tests/setup/server.ts"],
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
