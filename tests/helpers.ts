import { buildCorpus, type BuiltCorpus } from "@/lib/corpus/build-corpus";
import { parseSource, type ParsedSource } from "@/lib/corpus/parse-source";

let seedCorpus: BuiltCorpus | null = null;

/** The real corpus from seeds/, parsed once per test file. */
export function loadSeedCorpus(): BuiltCorpus {
  seedCorpus ??= buildCorpus("seeds");
  return seedCorpus;
}

/** Parses a source given as lines of text, as if it were a file called `file`. */
export function parseLines(lines: string[], file = "test.txt"): ParsedSource {
  return parseSource({ file, label: file }, new TextEncoder().encode(lines.join("\n")));
}
