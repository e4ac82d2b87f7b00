/**
 * Builds the index and the site when they are missing or stale, then exits;
 * `npm start` and `npm test` run it first, so a fresh clone needs no separate
 * build step and an unchanged tree is not rebuilt.
 *
 * Stale means: the inputs (sources, curated files, code, configuration, the
 * lockfile) hash to something other than what the last successful build
 * recorded in .next/source-stamp, or generated/ or .next/BUILD_ID is missing.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What a build is made from: these folders, and every file at the top level
 * (proxy.ts, next.config.js, package.json, the lockfile…) except the docs,
 * the test and lint configuration, and files tools write (next-env.d.ts,
 * tsconfig.tsbuildinfo). Tests are not inputs: changing a test does
 * not rebuild the site.
 */
const FOLDERS = ["seeds", "lib", "app", "components", "scripts", "public"];
const NOT_INPUTS = /^(\.|README|LICENSE|vitest|eslint|next-env\.d\.ts$)|\.(md|tsbuildinfo)$/u;
const INPUTS = [...FOLDERS, ...readdirSync(".").filter((name) => !NOT_INPUTS.test(name) && statSync(name).isFile()).sort()];
const STAMP = join(".next", "source-stamp");

function hashInputs(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    hash.update(path).update("\0").update(readFileSync(path)).update("\0");
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

const current = hashInputs();
const built = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : null;
const complete = existsSync(join(".next", "BUILD_ID")) && existsSync(join("generated", "corpus.json"));

if (built === current && complete) {
  console.log("ensure-built: index and site are up to date");
} else {
  console.log(`ensure-built: ${complete ? "inputs changed" : "no complete build"}; running npm run build`);
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error("ensure-built: npm run build failed");
    process.exit(result.status ?? 1);
  }
  // Hashed again: the build writes seeds/anchors.json (the anchor ledger), an input, when ids changed.
  writeFileSync(STAMP, hashInputs());
}
