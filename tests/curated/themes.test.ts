import { describe, expect, it } from "vitest";
import { loadThemes, ThemesConfigError } from "@/lib/curated/themes";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("loadThemes", () => {
  const dir = mkdtempSync(join(tmpdir(), "themes-test-"));
  it.each([
    ["not JSON", "{", "not valid JSON"],
    ["no list", '{"themes": {}}', '"themes" must be an array'],
    ["a theme without terms", '{"themes": [{"name": "甲", "terms": []}]}', "themes[0].terms must be a non-empty list"],
    ["a name used twice", '{"themes": [{"name": "甲", "terms": ["a"]}, {"name": "甲", "terms": ["b"]}]}', 'themes[1].name "甲" is used twice'],
  ])("refuses %s, naming the file", (_case, content, message) => {
    const path = join(dir, "themes.json");
    writeFileSync(path, content);
    expect(() => loadThemes(path)).toThrow(ThemesConfigError);
    expect(() => loadThemes(path)).toThrow(message);
  });
});
