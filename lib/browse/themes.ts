import type { ThemeRecord } from "../types";
import { getCatalog } from "../server/store";

/** Themes for the browse pages. */

/** Every theme: curated ones in the curator's order, then the corpus's own. */
export function listThemes(): ThemeRecord[] {
  return getCatalog().themes;
}

/** A theme by slug, or null. */
export function findTheme(slug: string): ThemeRecord | null {
  return listThemes().find((t) => t.slug === slug) ?? null;
}

/** The themes an essay belongs to, strongest first. */
export function themesOfEssay(essayId: string): ThemeRecord[] {
  const slugs = getCatalog().essayThemes[essayId] ?? [];
  return slugs.map((slug) => findTheme(slug)).filter((t): t is ThemeRecord => t !== null);
}
