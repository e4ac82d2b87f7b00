import { matchForm } from "../text/match-form";
import type { AnchorChange, Corpus, Essay } from "../types";
import { AnchorLedgerError, LEDGER_VERSION, type AnchorLedger, type EssayAnchor, type ParagraphAnchor } from "./ledger";
import { commonSubsequence, matchAcross, matchBySimilarity, nearestSurvivor, recheckMoved, type NewParagraph, type OldParagraph } from "./passages";
import { characterBigrams, CONTAINED_MIN_LENGTH, heldIn, likeness, samePassage, SHORT_PASSAGE } from "./similarity";

/**
 * Durable ids: aligns a freshly parsed corpus (whose ids the parser made
 * from positions) to the anchor ledger of every id ever published, and gives
 * each essay and paragraph its durable id.
 *
 * 1. Essays: a new essay takes the id of the published essay whose text it
 *    shares most (each holding at least ESSAY_MIN_SHARED of the other's
 *    character pairs, titles included; or one holding ESSAY_HELD_IN of the
 *    other's when they share an identical paragraph), whatever its title or
 *    file name now; otherwise it is new.
 * 2. Paragraphs of a matched essay: first the longest common subsequence of
 *    identical texts (as `diff` aligns lines), then, for the rest, pairs that
 *    are one passage (similarity.ts: edited, or one holding the other), the
 *    pairs sharing most first. An old paragraph takes its best such partner
 *    (an edit, or the larger half of a split); an old paragraph whose
 *    partner already has an id was joined into it (moved there).
 * 3. Across essays: what is still unmatched, if at least
 *    CONTAINED_MIN_LENGTH long, is compared with every new paragraph the
 *    same way (a passage moved to another essay or file); a shorter one
 *    (a heading) only to an identical paragraph of an essay that received
 *    other paragraphs of its old essay too (an essay re-cut in two).
 * 4. Old paragraphs left over are gone; new paragraphs left over get new ids,
 *    `<essay id>-p<k>` with k never used before in that essay.
 * Ids are never reused, and a kept or followed id always names the same
 * passage: `checkAlignment` refuses any other outcome.
 */

/** Two essays are one when each holds at least this share of the other's character pairs. */
export const ESSAY_MIN_SHARED = 0.5;
/** Or when one holds this share of the other's and they share an identical paragraph. */
const ESSAY_HELD_IN = 0.8;
/** How many opening paragraphs, and how many of their rarest grams, find candidate essays when nothing is identical. */
const OPENING_PARAGRAPHS = 2;
const RARE_GRAMS = 12;
/** How many published essays (those sharing the most identical paragraphs) a new essay is compared with, besides those of its file. */
const ESSAY_CANDIDATES = 5;

/** The outcome of an alignment. */
export interface Alignment {
  corpus: Corpus;
  ledger: AnchorLedger;
  /** Every id whose meaning changed in this build: new, edited, moved, merged, split off, gone. */
  changes: AnchorChange[];
  /** Parser essay id → durable essay id. */
  essayIds: Map<string, string>;
}

/**
 * Gives the corpus its durable ids and returns the updated ledger.
 *
 * @example alignCorpus(buildCorpus("seeds").corpus, readLedger("seeds/anchors.json")).changes // [] when nothing changed
 */
export function alignCorpus(corpus: Corpus, ledger: AnchorLedger): Alignment {
  const oldEssays = ledger.essays.filter((e) => e.status === "live");
  const oldByEssay = new Map<string, OldParagraph[]>(oldEssays.map((e) => [e.id, []]));
  for (const anchor of ledger.paragraphs) {
    if (anchor.status !== "live") continue;
    const list = oldByEssay.get(anchor.essay);
    if (!list) throw new AnchorLedgerError(`anchor ledger: live paragraph ${anchor.id} belongs to essay ${anchor.essay}, which is not live`);
    list.push({ anchor, at: list.length });
  }
  const news: NewParagraph[][] = corpus.essays.map((e, i) => e.paragraphs.map((p, at) => ({ essay: i, at, form: matchForm(p.text) })));
  const changes: AnchorChange[] = [];

  // 1. Essays.
  const essayFor = pairEssays(corpus.essays, news, oldEssays, oldByEssay);
  const usedEssayIds = new Set(ledger.essays.map((e) => e.id));
  const essayIds = new Map<string, string>();
  const finalEssayId = corpus.essays.map((essay, i) => {
    const old = essayFor[i];
    if (old) {
      essayIds.set(essay.id, old.id);
      return old.id;
    }
    let id = essay.id;
    for (let k = 2; usedEssayIds.has(id); k++) id = `${essay.id}-${k}`;
    usedEssayIds.add(id);
    essayIds.set(essay.id, id);
    if (ledger.essays.length > 0) changes.push({ kind: "new-essay", id, title: essay.displayTitle });
    return id;
  });

  // 2. Paragraphs within each matched essay.
  const done = new Map<string, string>(); // old id → the id that now holds its passage
  const merged = new Map<string, string>(); // old id → the paragraph it was joined into
  const splits = new Map<NewParagraph, string>(); // a part split off an old paragraph → that paragraph's id
  corpus.essays.forEach((_, i) => {
    const old = essayFor[i];
    if (!old) return;
    const olds = oldByEssay.get(old.id)!;
    const fresh = news[i]!;
    for (const [o, n] of commonSubsequence(olds.map((p) => p.anchor.form), fresh.map((p) => p.form))) {
      fresh[n]!.id = olds[o]!.anchor.id;
      done.set(olds[o]!.anchor.id, olds[o]!.anchor.id);
    }
    matchBySimilarity(olds, fresh, done, merged, changes, splits);
  });

  // 3. Across essays: what is left of every old essay against every new paragraph.
  const leftOld = [...oldByEssay.values()].flat().filter((o) => !done.has(o.anchor.id) && !merged.has(o.anchor.id));
  const oldEssayById = new Map(ledger.paragraphs.filter((p) => p.status === "live").map((p) => [p.id, p.essay]));
  if (leftOld.length > 0) matchAcross(leftOld, news.flat(), done, merged, changes, oldEssayById);

  // 4. New ids for new text; old paragraphs left over are gone.
  const nextNumber = nextParagraphNumbers(ledger);
  news.forEach((list, i) => {
    for (const p of list) {
      if (p.id) continue;
      const essayId = finalEssayId[i]!;
      const k = (nextNumber.get(essayId) ?? 0) + 1;
      nextNumber.set(essayId, k);
      p.id = `${essayId}-p${k}`;
      const from = splits.get(p);
      if (from !== undefined) changes.push({ kind: "split", id: p.id, from });
      else if (ledger.paragraphs.length > 0) changes.push({ kind: "new", id: p.id, essay: essayId, quote: quoteOf(corpus.essays[i]!.paragraphs[p.at]!.text) });
    }
  });

  const finalId = (o: OldParagraph) => done.get(o.anchor.id) ?? merged.get(o.anchor.id);
  const retired: ParagraphAnchor[] = [];
  for (const [essayId, olds] of oldByEssay) {
    olds.forEach((o, at) => {
      const to = finalId(o);
      if (to === o.anchor.id) return;
      if (to !== undefined) {
        retired.push({ ...o.anchor, status: "moved", to });
        return;
      }
      const nearest = nearestSurvivor(olds, at, finalId);
      retired.push({ id: o.anchor.id, status: "gone", essay: essayId, form: o.anchor.form, quote: o.anchor.quote, nearest });
      changes.push({ kind: "gone", id: o.anchor.id, essay: essayId, nearest, quote: o.anchor.quote });
    });
  }

  // The corpus with its durable ids, and the ledger that records them.
  const renamed: Corpus = {
    ...corpus,
    essays: corpus.essays.map((essay, i) => ({
      ...essay,
      id: finalEssayId[i]!,
      collection: essay.collection ? { ...essay.collection, id: essayIds.get(essay.collection.id) ?? essay.collection.id } : null,
      pieces: essay.pieces.map((piece) => ({ ...piece, id: essayIds.get(piece.id) ?? piece.id })),
      paragraphs: essay.paragraphs.map((p, at) => ({ ...p, id: news[i]![at]!.id! })),
    })),
  };
  // Ids retired by earlier builds that led to a passage: check each still does, or find where it went, or retire it as gone.
  const liveForm = new Map(renamed.essays.flatMap((e, i) => e.paragraphs.map((p, at) => [p.id, news[i]![at]!.form] as const)));
  const allNew = news.flat();
  const everyEntry = new Map<string, ParagraphAnchor>([...ledger.paragraphs, ...retired].map((p) => [p.id, p]));
  const earlier = ledger.paragraphs
    .filter((p) => p.status !== "live")
    .map((p) => (p.status === "moved" ? recheckMoved(p, everyEntry, liveForm, allNew, changes) : p));

  const liveEssayIds = new Set(finalEssayId);
  const retiredEssays: EssayAnchor[] = oldEssays
    .filter((e) => !liveEssayIds.has(e.id))
    .map((e) => {
      const to = mostCommon(oldByEssay.get(e.id)!.flatMap((o) => {
        const id = finalId(o);
        const where = id === undefined ? undefined : renamed.essays.find((x) => x.paragraphs.some((p) => p.id === id))?.id;
        return where ? [where] : [];
      }));
      changes.push(to ? { kind: "essay-moved", id: e.id, to, title: e.title } : { kind: "essay-gone", id: e.id, title: e.title });
      return to ? { ...e, status: "moved" as const, to } : { ...e, status: "gone" as const };
    });
  const nextLedger: AnchorLedger = {
    version: LEDGER_VERSION,
    essays: [
      ...renamed.essays.map((e): EssayAnchor => ({ id: e.id, status: "live", title: e.displayTitle, file: e.source.file })),
      ...ledger.essays.filter((e) => e.status !== "live"),
      ...retiredEssays,
    ],
    paragraphs: [
      ...renamed.essays.flatMap((e, i) => e.paragraphs.map((p, at): ParagraphAnchor => ({ id: p.id, status: "live", essay: e.id, form: news[i]![at]!.form, quote: quoteOf(p.text) }))),
      ...earlier,
      ...retired,
    ],
  };
  checkAlignment(ledger, nextLedger);
  return { corpus: renamed, ledger: nextLedger, changes, essayIds };
}

/** The opening words of a paragraph as printed (for text fragments and for people reading the ledger). */
export function quoteOf(text: string): string {
  return Array.from(text.trim()).slice(0, 24).join("");
}

/** Pairs each new essay with the published essay it continues, or null. */
function pairEssays(essays: readonly Essay[], news: NewParagraph[][], oldEssays: EssayAnchor[], oldByEssay: Map<string, OldParagraph[]>): (EssayAnchor | null)[] {
  // Candidates: essays sharing an exact paragraph (long enough to mean something), or read from the same file.
  const byForm = new Map<string, Set<string>>();
  for (const [essayId, olds] of oldByEssay) for (const o of olds) if (Array.from(o.anchor.form).length >= SHORT_PASSAGE) (byForm.get(o.anchor.form) ?? byForm.set(o.anchor.form, new Set()).get(o.anchor.form)!).add(essayId);
  const byFile = new Map<string, string[]>();
  for (const e of oldEssays) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e.id]);
  // And those whose opening paragraphs share the rarest grams of this one's: a correction made all through a
  // corpus (的 → 得 everywhere) leaves no paragraph or title identical, yet each essay is still itself.
  const opening = (forms: readonly string[]) => forms.filter((f) => Array.from(f).length >= CONTAINED_MIN_LENGTH).slice(0, OPENING_PARAGRAPHS);
  const gramEssays = new Map<string, Set<string>>();
  for (const [essayId, olds] of oldByEssay) {
    for (const form of opening(olds.map((o) => o.anchor.form))) for (const gram of characterBigrams(form)) (gramEssays.get(gram) ?? gramEssays.set(gram, new Set()).get(gram)!).add(essayId);
  }
  const byOpening = (forms: readonly string[]): string[] => {
    const lists = [...new Set(opening(forms).flatMap((f) => [...characterBigrams(f)]))]
      .map((gram) => gramEssays.get(gram))
      .filter((set): set is Set<string> => set !== undefined)
      .sort((a, b) => a.size - b.size)
      .slice(0, RARE_GRAMS);
    const hits = new Map<string, number>();
    for (const set of lists) for (const id of set) hits.set(id, (hits.get(id) ?? 0) + 1);
    return [...hits].sort((a, b) => b[1] - a[1]).slice(0, ESSAY_CANDIDATES).map(([id]) => id);
  };
  // And those of the same title: a file renamed and its paragraphs corrected is still the same essay.
  const byTitle = new Map<string, string[]>();
  for (const e of oldEssays) byTitle.set(matchForm(e.title), [...(byTitle.get(matchForm(e.title)) ?? []), e.id]);
  const oldBigrams = new Map<string, Set<string>>();
  const titleOf = new Map(oldEssays.map((e) => [e.id, matchForm(e.title)]));
  // An essay's text is its title and its paragraphs: an essay printed as a title alone (a banner) still has something to match.
  const wholeOld = (id: string) => oldBigrams.get(id) ?? oldBigrams.set(id, unionOf([titleOf.get(id) ?? "", ...oldByEssay.get(id)!.map((o) => o.anchor.form)])).get(id)!;
  // The common case first: an essay whose paragraphs are exactly those of a published one (a rebuild with no edit to it).
  const signature = (forms: readonly string[]) => forms.join("\n");
  const bySignature = new Map<string, string>();
  for (const [essayId, olds] of oldByEssay) if (olds.length > 0) bySignature.set(signature(olds.map((o) => o.anchor.form)), essayId);
  const pairs: { essay: number; old: string; score: number }[] = [];
  essays.forEach((essay, i) => {
    const same = news[i]!.length > 0 ? bySignature.get(signature(news[i]!.map((p) => p.form))) : undefined;
    if (same !== undefined) {
      pairs.push({ essay: i, old: same, score: 2 });
      return;
    }
    // Candidates: the published essays sharing the most exact paragraphs (a few), those read from the same file, and those of the same title.
    const sharedParagraphs = new Map<string, number>();
    for (const p of news[i]!) for (const id of byForm.get(p.form) ?? []) sharedParagraphs.set(id, (sharedParagraphs.get(id) ?? 0) + 1);
    const candidates = new Set<string>([
      ...(byFile.get(essay.source.file) ?? []),
      ...(byTitle.get(matchForm(essay.displayTitle)) ?? []),
      ...byOpening(news[i]!.map((p) => p.form)),
      ...[...sharedParagraphs].sort((a, b) => b[1] - a[1]).slice(0, ESSAY_CANDIDATES).map(([id]) => id),
    ]);
    if (candidates.size === 0) return;
    const whole = unionOf([matchForm(essay.displayTitle), ...news[i]!.map((p) => p.form)]);
    for (const old of candidates) {
      const l = likeness(wholeOld(old), whole);
      // Both ways: a one-paragraph essay is not the sixteen-paragraph essay it happens to echo. Or one way, when
      // they share an identical paragraph: an essay that lost a long paragraph (or was cut in two) is still itself.
      const score = Math.min(l.firstInSecond, l.secondInFirst);
      const echoes = (sharedParagraphs.get(old) ?? 0) > 0 && Math.max(l.firstInSecond, l.secondInFirst) >= ESSAY_HELD_IN;
      if (score >= ESSAY_MIN_SHARED || echoes) pairs.push({ essay: i, old, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.essay - b.essay);
  const out: (EssayAnchor | null)[] = essays.map(() => null);
  const taken = new Set<string>();
  const byId = new Map(oldEssays.map((e) => [e.id, e]));
  for (const { essay, old } of pairs) {
    if (out[essay] || taken.has(old)) continue;
    out[essay] = byId.get(old)!;
    taken.add(old);
  }
  return out;
}

/** An essay's grams: each paragraph's own (an English abstract by its four-letter grams, Chinese by pairs), together. */
function unionOf(forms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const form of forms) for (const gram of characterBigrams(form)) out.add(gram);
  return out;
}

/** For each essay id, the highest k of the ledger's `<essay id>-p<k>` ids: new paragraphs continue after it. */
function nextParagraphNumbers(ledger: AnchorLedger): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of ledger.paragraphs) {
    const match = /^(.+)-p(\d+)$/u.exec(p.id);
    if (!match) continue;
    out.set(match[1]!, Math.max(out.get(match[1]!) ?? 0, Number(match[2])));
  }
  return out;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The guard: every id of the old ledger still names its passage. A live id
 * kept must hold the same passage (similarity.ts); a moved one must point at
 * a paragraph holding it; no id is dropped. Throws AnchorLedgerError naming
 * the id and both texts otherwise.
 */
export function checkAlignment(before: AnchorLedger, after: AnchorLedger): void {
  const now = new Map(after.paragraphs.map((p) => [p.id, p]));
  const live = (id: string): ParagraphAnchor | undefined => {
    for (let p = now.get(id), hops = 0; p && hops < 1000; p = p.status === "moved" ? now.get(p.to!) : undefined, hops++) if (p.status === "live") return p;
    return undefined;
  };
  for (const old of before.paragraphs) if (!now.has(old.id)) throw new AnchorLedgerError(`anchor ledger: published id ${old.id} would be dropped`);
  const formBefore = new Map(before.paragraphs.map((p) => [p.id, p.form]));
  // Every id that leads somewhere (live, or moved) must lead to its own passage: the one it named when it was last live.
  for (const entry of after.paragraphs) {
    if (entry.status === "gone") continue;
    const target = live(entry.id);
    if (!target) throw new AnchorLedgerError(`anchor ledger: ${entry.id} leads nowhere`);
    const named = formBefore.get(entry.id) ?? entry.form;
    if (!samePassage(named, target.form) && !heldIn(named, target.form)) {
      throw new AnchorLedgerError(`anchor ledger: ${entry.id} would point at unrelated text: it named "${entry.quote}…" and would name "${target.quote}…"`);
    }
  }
  const essays = new Set(after.essays.map((e) => e.id));
  for (const e of before.essays) if (!essays.has(e.id)) throw new AnchorLedgerError(`anchor ledger: published essay id ${e.id} would be dropped`);
}
