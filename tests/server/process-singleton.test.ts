import { describe, expect, it } from "vitest";
import { oncePerProcess } from "@/lib/server/process-singleton";

/** Values made once per process, shared by every module graph (they live on globalThis). */
describe("oncePerProcess", () => {
  it("makes a value once and hands the same one out after", () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const first = oncePerProcess("test:once", make);
    expect(oncePerProcess("test:once", make)).toBe(first);
    expect(made).toBe(1);
  });

  it("keeps it where another copy of the module would find it", () => {
    const value = oncePerProcess("test:shared", () => "made here");
    const store = (globalThis as unknown as { __policyEssaySearchSingletons: Map<string, unknown> }).__policyEssaySearchSingletons;
    expect(store.get("test:shared")).toBe(value);
  });

  it("stores nothing when making fails, so the next call tries again", () => {
    expect(() => oncePerProcess("test:fails", () => { throw new Error("not built"); })).toThrow("not built");
    expect(oncePerProcess("test:fails", () => 42)).toBe(42);
  });
});
