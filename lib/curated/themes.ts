import { existsSync, readFileSync } from "node:fs";
import type { ThemeConfig } from "../types";

/** Raised for a malformed themes file; the message names the file and the entry. */
export class ThemesConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ThemesConfigError";
  }
}

/**
 * Reads the curated themes (`seeds/themes.json`): `{"themes": [{"name", "terms": [...], "description"?}]}`.
 * A missing file is no curated themes (the corpus's own keywords still make some).
 *
 * @example loadThemes("seeds/themes.json")[0]?.name // "新质生产力"
 */
export function loadThemes(path: string): ThemeConfig[] {
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ThemesConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const list = (raw as { themes?: unknown })?.themes;
  if (!Array.isArray(list)) throw new ThemesConfigError(`${path}: "themes" must be an array`);
  const names = new Set<string>();
  return list.map((entry: unknown, i) => {
    const where = `${path}: themes[${i}]`;
    const t = entry as Partial<ThemeConfig> | null;
    if (!t || typeof t.name !== "string" || t.name.trim() === "") throw new ThemesConfigError(`${where}.name must be a non-empty string`);
    if (names.has(t.name)) throw new ThemesConfigError(`${where}.name "${t.name}" is used twice`);
    names.add(t.name);
    if (!Array.isArray(t.terms) || t.terms.length === 0 || t.terms.some((term) => typeof term !== "string" || term.trim() === "")) {
      throw new ThemesConfigError(`${where}.terms must be a non-empty list of non-empty strings`);
    }
    if (t.description !== undefined && typeof t.description !== "string") throw new ThemesConfigError(`${where}.description must be a string`);
    return { name: t.name, terms: t.terms, ...(t.description ? { description: t.description } : {}) };
  });
}
