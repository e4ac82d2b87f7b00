import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, `N passed, N failed` (and `, N skipped` when
 * any were), after Vitest's own summary, so CI can read the count.
 *
 * An error outside any test fails the run without failing a test: a file
 * whose import throws has no tests at all, and a failed `beforeAll` leaves its
 * tests skipped. Each file with such an error counts as one failure (as does
 * each unhandled error), so the line never says 0 failed on a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let failedOutsideTests = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (hasErrorOutsideTests(testModule)) failedOutsideTests++;
    }
    failedOutsideTests += unhandledErrors.length;
    failed += failedOutsideTests;
    const outside = failedOutsideTests > 0 ? ` (${failedOutsideTests} outside any test: a file that failed to load, a hook, or an unhandled error)` : "";
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}${outside}\n`);
  }
}

/** Whether the file, or a suite in it, has an error of its own (not a test's). */
function hasErrorOutsideTests(testModule: TestModule): boolean {
  if (testModule.errors().length > 0) return true;
  for (const suite of testModule.children.allSuites()) if (suite.errors().length > 0) return true;
  return false;
}
