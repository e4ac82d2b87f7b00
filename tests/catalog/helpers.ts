/** Helpers shared by the catalog tests (authors.test.ts, build-catalog.test.ts). */
import { parseLines } from "../helpers";

/** Tools without nodejieba: split on spaces and punctuation, keywords are the longest words. */
export const tools = {
  segment: (text: string) => text.split(/[\s，。、]+/u).filter(Boolean),
  keywords: (text: string, n: number) => [...new Set(text.split(/[\s，。、]+/u).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length).slice(0, n),
  isContentWord: (w: string) => w.length >= 2,
};

export function corpusOf(...files: string[][]) {
  const essays = files.flatMap((lines, i) => parseLines(lines, `${i}.txt`).essays);
  return { formatVersion: 1, sources: [], essays: essays.map((e, order) => ({ ...e, order })) };
}
