import { existsSync, readFileSync } from "node:fs";
import nodejieba from "nodejieba";
import { foldText } from "../text/fold";

export { foldText };

/**
 * Segmentation and normalisation, the same for documents (at build time) and
 * queries (at search time): fold the text (`foldText`), then cut it with
 * nodejieba, HMM on, with the domain user dictionary loaded once per process.
 */

/** A token worth indexing: it has a letter, a digit or a Han character (punctuation and spaces are not). */
const INDEXABLE_TOKEN = /[\p{L}\p{N}]/u;

let loadedDictionary: string | null = null;

/** Raised before nodejieba is called with a dictionary path that does not exist (nodejieba would abort the process). */
export class DictionaryMissingError extends Error {
  constructor(readonly path: string) {
    super(`user dictionary not found: ${path} (run \`npm run index\` to generate it)`);
    this.name = "DictionaryMissingError";
  }
}

/**
 * Loads nodejieba with a user dictionary, once per process: a second call
 * with the same path does nothing. The path is checked first, because
 * nodejieba aborts the whole process on a missing file.
 *
 * @example loadSegmenter("generated/user-dict.utf8")
 */
export function loadSegmenter(userDictPath: string): void {
  if (loadedDictionary === userDictPath) return;
  if (!existsSync(userDictPath)) throw new DictionaryMissingError(userDictPath);
  nodejieba.load({ userDict: userDictPath });
  loadedDictionary = userDictPath;
}

/** The dictionary the segmenter was loaded with, or null before `loadSegmenter`. */
export function loadedUserDictionary(): string | null {
  return loadedDictionary;
}

/**
 * Cuts text into index terms: folded, segmented with HMM on, punctuation and
 * whitespace tokens dropped. Call `loadSegmenter` first.
 *
 * @example segmentText("加快发展新質生產力。") // ["加快", "发展", "新质生产力"]
 */
export function segmentText(text: string): string[] {
  if (loadedDictionary === null) throw new Error("segmentText called before loadSegmenter");
  return nodejieba.cut(foldText(text), true).filter((token) => INDEXABLE_TOKEN.test(token));
}

/**
 * Cuts text without folding or filtering, exactly as nodejieba does, for the
 * tools that compare jieba's cut with the text (`npm run propose-terms`).
 */
export function cutRaw(text: string): string[] {
  if (loadedDictionary === null) throw new Error("cutRaw called before loadSegmenter");
  return nodejieba.cut(text, true);
}

/**
 * Reads a committed dictionary (one entry a line: `word` or `word freq tag`;
 * `#` starts a comment) and returns the entries, each also in folded form so
 * that folded text finds them.
 *
 * @example readDictionary("seeds/user-dict.utf8")[0] // "新质生产力"
 */
export function readDictionary(path: string): string[] {
  const entries: string[] = [];
  for (const raw of readFileSync(path, "utf8").split(/\r?\n/u)) {
    const line = raw.replace(/#.*$/u, "").trim();
    if (line !== "") entries.push(line);
  }
  return entries;
}

/**
 * Writes jieba's dictionary format for a list of entries plus extra words
 * (author names found by the parser), folded and deduplicated. A bare word
 * stays bare; jieba reads a two-field line as word + tag, so frequencies are
 * always written with a tag.
 *
 * @example dictionaryText(["赋能", "石建勳 10 nr"], ["林晨"]) // "赋能\n石建勳 10 nr\n石建勋 10 nr\n林晨\n"
 */
export function dictionaryText(entries: readonly string[], extraWords: readonly string[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (line: string) => {
    const [word, ...rest] = line.split(/\s+/u);
    if (!word) return;
    for (const form of new Set([word, foldText(word)])) {
      if (seen.has(form) || /\s/u.test(form)) continue;
      seen.add(form);
      lines.push([form, ...rest].join(" "));
    }
  };
  entries.forEach(add);
  extraWords.forEach(add);
  return lines.join("\n") + "\n";
}

/**
 * The essay's keywords by nodejieba's TF-IDF extraction over the folded text,
 * without stop words, single characters or numbers. Call `loadSegmenter` first.
 *
 * @example extractKeywords(essayText, 8) // ["新质生产力", "生产力", …]
 */
export function extractKeywords(text: string, count: number): string[] {
  if (loadedDictionary === null) throw new Error("extractKeywords called before loadSegmenter");
  const stop = stopWords();
  return nodejieba
    .extract(foldText(text), count * 3)
    .map((k) => k.word)
    .filter((word) => isContentWord(word, stop))
    .slice(0, count);
}

/** nodejieba's own stop-word file (its type definitions do not declare the constant). */
const STOP_WORD_FILE = (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT;

let stopWordSet: Set<string> | null = null;

/** nodejieba's stop-word list (function words and punctuation), read once. */
export function stopWords(): Set<string> {
  stopWordSet ??= new Set(readFileSync(STOP_WORD_FILE, "utf8").split(/\r?\n/u).map((w) => w.trim()).filter(Boolean));
  return stopWordSet;
}

/** A term worth showing as a keyword: two or more characters, not a stop word, not a number. */
export function isContentWord(word: string, stop: Set<string> = stopWords()): boolean {
  return [...word].length >= 2 && !stop.has(word) && /\p{L}/u.test(word) && !/^[\p{N}\p{P}]+$/u.test(word);
}
