import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGenerated } from "../../lib/artifacts/build";
import { readCorpus } from "../../lib/artifacts/read";
import { matchForm } from "../../lib/text/match-form";
import { startApp } from "../../scripts/server-process";

/**
 * The revision scenario of the durable-links issue, as a user would make it:
 * the seeds as published (v1, with the committed ledger), then a rebuild
 * (v2) after ordinary edits — an OCR fix inside one paragraph (建设水半 →
 * 建设水平), a short editor's note restored near the start of one essay, the
 * opening of a paragraph removed near the start of another, two paragraphs
 * joined — plus two new source files in the common newspaper layout
 * (tests/fixtures/anchors/). Built into temporary folders; the real seeds and
 * generated/ are not touched.
 */
export interface RevisionScenario {
  work: string;
  seeds: string;
  v1: string;
  v2: string;
  /** Every paragraph published in v1: id → its text and match form. */
  published: Map<string, { text: string; form: string; essay: string }>;
  /** The id that was joined into its predecessor (it must now lead to the joined paragraph). */
  joined: string;
  cleanup: () => void;
}

export function buildRevisionScenario(): RevisionScenario {
  const work = mkdtempSync(join(tmpdir(), "revision-"));
  const seeds = join(work, "seeds");
  cpSync("seeds", seeds, { recursive: true });
  const v1 = join(work, "v1");
  buildGenerated(seeds, v1);
  const corpus = readCorpus(v1).corpus;
  const published = new Map(corpus.essays.flatMap((e) => e.paragraphs.map((p) => [p.id, { text: p.text, form: matchForm(p.text), essay: e.id }] as const)));

  const edit = (file: string, change: (text: string) => string) => {
    const before = readFileSync(join(seeds, file), "utf8");
    const after = change(before);
    if (after === before) throw new Error(`revision scenario: the edit of ${file} changed nothing (the seed changed?)`);
    writeFileSync(join(seeds, file), after);
  };
  edit("002_d815cf1dd1702dc9.txt", (s) => s.replace("建设水半", "建设水平"));
  edit("004_3dfa800c712e57f4.txt", (s) => s.replace("■胡雪文\n\n", "■胡雪文\n\n编者按：本版文章系作者在学术研讨会上的发言，刊发时有删节。\n\n"));
  edit("004_3dfa800c712e57f4.txt", (s) => {
    const lines = s.split("\n");
    const at = lines.findIndex((l) => l.startsWith("北京积极发展新质生产力"));
    lines.splice(at, 2);
    return lines.join("\n");
  });
  // Join: "二是科技水平高…" onto the line before it (the blank line between them removed).
  let joined = "";
  edit("004_3dfa800c712e57f4.txt", (s) => {
    const lines = s.split("\n");
    const at = lines.findIndex((l) => l.startsWith("二是科技水平高"));
    const essay = corpus.essays.find((e) => e.paragraphs.some((p) => p.text.startsWith("二是科技水平高")))!;
    joined = essay.paragraphs.find((p) => p.text.startsWith("二是科技水平高"))!.id;
    lines.splice(at - 1, 1);
    lines[at - 2] = `${lines[at - 2]}${lines[at - 1]}`;
    lines.splice(at - 1, 1);
    return lines.join("\n");
  });
  cpSync("tests/fixtures/anchors/new-theory-page.txt", join(seeds, "005_new_theory_page.txt"));
  cpSync("tests/fixtures/anchors/new-journal-note.txt", join(seeds, "006_new_journal_note.txt"));
  const v2 = join(work, "v2");
  buildGenerated(seeds, v2);
  return { work, seeds, v1, v2, published, joined, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Starts the built app against a generated folder on a free loopback port; `stop` ends it. */
export async function startServerOn(generated: string): Promise<{ base: string; stop: () => void }> {
  const app = await startApp({ generated });
  return { base: app.baseUrl, stop: app.stop };
}
