import type { EssaySummaryJson } from "./json";
import { paragraphUrl } from "./urls";
import type { Essay, Paragraph } from "../types";
import type { KwicSort } from "../research/concordance";
import type { DistributionDimension, DistributionGroup } from "../research/distribution";
import type { KwicParams } from "./research-params";
import type { DistributionResponse, KwicLine, KwicResponse } from "../research/research";

/** The JSON of the concordance and distribution APIs. */

type EssayRef = Pick<EssaySummaryJson, "id" | "displayTitle" | "authors" | "source">;

function essayRef(essay: Essay): EssayRef {
  return {
    id: essay.id,
    displayTitle: essay.displayTitle,
    authors: essay.authors.map(({ name, institution, role }) => ({ name, institution, role })),
    source: { file: essay.source.file, label: essay.source.label },
  };
}

/** One concordance line. `start`/`end` are UTF-16 offsets of the hit in the paragraph's text. */
export interface KwicLineJson {
  left: string;
  match: string;
  right: string;
  cutLeft: boolean;
  cutRight: boolean;
  term: string;
  paragraphId: string;
  paragraph: number;
  kind: Paragraph["kind"];
  start: number;
  end: number;
  url: string;
  essay: EssayRef;
}

export interface KwicJson {
  query: string;
  terms: string[];
  /** Occurrences in all pages. */
  total: number;
  /** Paragraphs with an occurrence. */
  paragraphs: number;
  sort: KwicSort;
  width: number;
  offset: number;
  limit: number;
  lines: KwicLineJson[];
  ignored: string[];
}

/** Where a concordance line leads: its paragraph, with the hit highlighted. */
export function kwicLineUrl(line: KwicLine): string {
  return paragraphUrl(line.essay.id, line.paragraph.n, [line.match]);
}

export function toKwicJson(request: KwicParams, response: KwicResponse): KwicJson {
  return {
    query: request.query,
    terms: response.terms.map((t) => t.text),
    total: response.total,
    paragraphs: response.paragraphs,
    sort: request.sort,
    width: request.width,
    offset: request.offset,
    limit: request.limit,
    lines: response.lines.map((line) => ({
      left: line.left,
      match: line.match,
      right: line.right,
      cutLeft: line.cutLeft,
      cutRight: line.cutRight,
      term: line.term,
      paragraphId: line.paragraph.id,
      paragraph: line.paragraph.n,
      kind: line.paragraph.kind,
      start: line.start,
      end: line.end,
      url: kwicLineUrl(line),
      essay: essayRef(line.essay),
    })),
    ignored: response.parsed.ignored,
  };
}

export interface DistributionJson {
  query: string;
  by: DistributionDimension;
  terms: string[];
  /** Occurrences of each term in the scope. */
  totals: number[];
  /** Characters in the scope (spaces and punctuation not counted). */
  characters: number;
  groups: DistributionGroup[];
  ignored: string[];
}

export function toDistributionJson(request: { query: string }, response: DistributionResponse): DistributionJson {
  return {
    query: request.query,
    by: response.by,
    terms: response.terms.map((t) => t.text),
    totals: response.totals,
    characters: response.characters,
    groups: response.groups,
    ignored: response.parsed.ignored,
  };
}
