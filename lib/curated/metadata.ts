import { existsSync, readFileSync } from "node:fs";
import type { Author } from "../types";

/**
 * The curated metadata file (`seeds/metadata.json`): what the text cannot say.
 * Every entry carries a `why`, and every fact taken from here is listed in the
 * ingest report. The parser never needs to know a source by name otherwise.
 */

export interface CuratedSource {
  /** Human-readable label shown wherever the source is named. */
  label: string;
  why: string;
}

/** A correction for one essay, found by its source file and the line it starts on. */
export interface CuratedEssay {
  file: string;
  /** First source line of the essay, as the ingest report gives it. */
  line: number;
  /** A title the text lacks or garbles. */
  title?: string;
  /** Authors the text lacks or garbles; replaces the parsed list. */
  authors?: Pick<Author, "name" | "institution" | "role">[];
  why: string;
}

export interface Metadata {
  sources: Record<string, CuratedSource>;
  essays: CuratedEssay[];
}

/** Raised for a metadata file that is not valid; the message names the file and the entry. */
export class MetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MetadataError";
  }
}

/**
 * Reads and validates the metadata file. A missing file is an empty one.
 *
 * @example loadMetadata("seeds/metadata.json").sources["000_059c5f2033a04802.txt"]?.label
 */
export function loadMetadata(path: string): Metadata {
  if (!existsSync(path)) return { sources: {}, essays: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new MetadataError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateMetadata(raw, path);
}

/** Checks the shape of parsed metadata; every problem names the entry. */
export function validateMetadata(raw: unknown, path: string): Metadata {
  const fail = (where: string, what: string): never => {
    throw new MetadataError(`${path}: ${where} ${what}`);
  };
  if (!isObject(raw)) return fail("top level", "must be an object");
  const sources: Record<string, CuratedSource> = {};
  const rawSources = raw.sources ?? {};
  if (!isObject(rawSources)) return fail("sources", "must be an object keyed by file name");
  for (const [file, entry] of Object.entries(rawSources)) {
    const where = `sources["${file}"]`;
    if (!isObject(entry)) return fail(where, "must be an object");
    sources[file] = { label: text(entry.label, `${where}.label`, fail), why: text(entry.why, `${where}.why`, fail) };
  }
  const rawEssays = raw.essays ?? [];
  if (!Array.isArray(rawEssays)) return fail("essays", "must be an array");
  const essays = rawEssays.map((entry: unknown, i): CuratedEssay => {
    const where = `essays[${i}]`;
    if (!isObject(entry)) return fail(where, "must be an object");
    if (typeof entry.line !== "number" || !Number.isInteger(entry.line) || entry.line < 1) return fail(`${where}.line`, "must be a line number");
    const essay: CuratedEssay = { file: text(entry.file, `${where}.file`, fail), line: entry.line, why: text(entry.why, `${where}.why`, fail) };
    if (entry.title !== undefined) essay.title = text(entry.title, `${where}.title`, fail);
    if (entry.authors !== undefined) {
      if (!Array.isArray(entry.authors)) return fail(`${where}.authors`, "must be an array");
      essay.authors = entry.authors.map((a: unknown, k) => {
        if (!isObject(a)) return fail(`${where}.authors[${k}]`, "must be an object");
        return {
          name: nullableText(a.name, `${where}.authors[${k}].name`, fail),
          institution: nullableText(a.institution, `${where}.authors[${k}].institution`, fail),
          role: nullableText(a.role, `${where}.authors[${k}].role`, fail),
        };
      });
    }
    if (essay.title === undefined && essay.authors === undefined) return fail(where, "corrects nothing: give a title or authors");
    return essay;
  });
  return { sources, essays };
}

type Fail = (where: string, what: string) => never;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string, fail: Fail): string {
  if (typeof value !== "string" || value.trim() === "") return fail(where, "must be a non-empty string");
  return value;
}

function nullableText(value: unknown, where: string, fail: Fail): string | null {
  return value === null || value === undefined ? null : text(value, where, fail);
}
