import type { Essay, Paragraph } from "@/lib/types";

/**
 * Small literal essays for the unit tests of lib/web: only what the functions
 * under test read is meaningful; the rest is filled with plain defaults.
 */

/** A paragraph of an essay, body by default. */
export function paragraph(essayId: string, n: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { id: `${essayId}-p${n}`, n, kind: "body", text, lines: [n * 2, n * 2], ...extra };
}

/** An essay by one author (林晨, with an affiliation) in source 001.txt. */
export function essay(extra: Partial<Essay> = {}): Essay {
  const id = extra.id ?? "e1";
  return {
    id,
    order: 0,
    title: "发展新质生产力",
    displayTitle: "发展新质生产力",
    titleDerived: false,
    authors: [{ name: "林晨", institution: "中国人民大学", role: "教授", affiliations: [{ institution: "中国人民大学", role: "教授" }] }],
    byline: null,
    authorNote: null,
    source: { file: "001.txt", label: "理论版" },
    collection: null,
    pieces: [],
    lines: [1, 20],
    paragraphs: [paragraph(id, 1, "加快发展新质生产力。")],
    ...extra,
  };
}
