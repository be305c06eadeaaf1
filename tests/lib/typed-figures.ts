/**
 * Finds figures typed by hand in prose or page templates: index values (81,51 · 43.28), ranks (19/63),
 * percentages (88,38%) and counts of provinces, people or criteria (63 tỉnh · 14.000 người).
 * Years, dates (23/06/2022) and legal document numbers (876/QĐ-BNV) are not figures.
 */
export interface TypedFigure {
  line: number;
  text: string;
  kind: 'value' | 'rank' | 'percent' | 'count';
}

const PATTERNS: { kind: TypedFigure['kind']; re: RegExp }[] = [
  { kind: 'percent', re: /\d+(?:[.,]\d+)?\s?%/g },
  // A rank "x/N" with N a plausible number of provinces; a date "23/06/2022" continues with "/" and is skipped below.
  { kind: 'rank', re: /(?<![\d/])\d{1,2}\/\d{2}(?![\d/])/g },
  { kind: 'value', re: /(?<![\d.,/])\d{1,3},\d{1,4}(?![\d,])|(?<![\d.,/])\d{1,3}\.\d{2,4}(?![\d.])/g },
  {
    kind: 'count',
    re: /(?<![\d/])\d{1,3}(?:[.,]\d{3})*\s+(?:tỉnh|thành phố|người|hộ gia đình|tiêu chí|provinces|respondents|citizens|people|households|criteria)(?![\p{L}])/giu,
  },
];

/** Text a reader sees: frontmatter, import lines, tags with their attributes, and {expressions} removed (line breaks kept). */
export function visibleText(source: string): string {
  const keepLines = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, keepLines)
    .replace(/^(?:import|export)\s.*$/gm, keepLines)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, keepLines)
    .replace(/<[^<>]*>/g, keepLines)
    .replace(/\{[^{}]*\}/g, keepLines)
    .replace(/https?:\/\/\S+/g, keepLines)
    .replace(/\]\([^)]*\)/g, keepLines);
}

export function findTypedFigures(source: string): TypedFigure[] {
  const text = visibleText(source);
  const found: TypedFigure[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const line = text.slice(0, at).split('\n').length;
      if (found.some((f) => f.line === line && f.text.includes(m[0]))) continue;
      found.push({ line, text: m[0], kind });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
