import { getCorpus, getSourceTexts } from "../server/store";
import type { Essay, SourceSummary } from "../types";

/** Source files for the browse pages. */

/** Every source file with its label and counts. */
export function listSources(): SourceSummary[] {
  return getCorpus().corpus.sources;
}

/** A source by file name, with its essays and its lines as read; null when there is no such source. */
export function findSource(file: string): { source: SourceSummary; essays: Essay[]; lines: string[] } | null {
  const source = listSources().find((s) => s.file === file);
  if (!source) return null;
  const { essaysById } = getCorpus();
  const essays = source.essayIds.map((id) => essaysById.get(id)).filter((e): e is Essay => e !== undefined);
  return { source, essays, lines: (getSourceTexts()[file] ?? "").split("\n") };
}
