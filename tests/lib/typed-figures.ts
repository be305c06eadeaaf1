/**
 * Finds figures typed by hand in prose, page templates, components and interface strings: index values
 * (81,51 · 43.28), ranks (19/63), percentages (88,38%) and counts of provinces, people or criteria (63 tỉnh ·
 * 14.000 người · 63-province). Years, dates (23/06/2022) and legal document numbers (876/QĐ-BNV) are not figures.
 */
import ts from 'typescript';

export interface TypedFigure {
  line: number;
  text: string;
  kind: 'value' | 'rank' | 'percent' | 'count';
}

const PATTERNS: { kind: TypedFigure['kind']; re: RegExp }[] = [
  // Any percentage but the scale "0–100%", which is a definition, not a figure.
  { kind: 'percent', re: /(?<![\d.,])(?!100\s?%)\d+(?:[.,]\d+)?\s?%|(?<![\d.,]|0\s?[–-]\s?)100\s?%/g },
  // A rank "x/N" with N a plausible number of provinces; a date "23/06/2022" continues with "/" and is skipped below.
  { kind: 'rank', re: /(?<![\d/])\d{1,2}\/\d{2}(?![\d/])/g },
  { kind: 'value', re: /(?<![\d.,/])\d{1,3},\d{1,4}(?![\d,])|(?<![\d.,/])\d{1,3}\.\d{2,4}(?![\d.])/g },
  {
    kind: 'count',
    re: /(?<![\d/])\d{1,3}(?:[.,]\d{3})*(?:\s+|-)(?:tỉnh|thành phố|người|hộ gia đình|tiêu chí|provinces?|respondents|citizens|people|households|criteria)(?![\p{L}])/giu,
  },
];

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Only the string literals of TypeScript code (the text it can show), everything else blanked, line breaks kept. */
export function stringLiterals(code: string): string {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = blank(code).split('');
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      // Import paths and object keys are not shown to a reader.
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
        for (let i = node.getStart(file); i < node.end; i++) out[i] = code[i]!;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out.join('');
}

/** Text a reader sees in MDX or an Astro template: tags with their attributes, scripts, styles and URLs removed. */
export function visibleText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^(?:import|export)\s.*$/gm, blank)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, blank)
    .replace(/<[^<>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, stringLiterals)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\]\([^)]*\)/g, blank);
}

/** What of a source file can reach a reader: an Astro component's frontmatter strings and template, a module's strings, MDX prose. */
export function readerText(file: string, source: string): string {
  if (file.endsWith('.ts')) return stringLiterals(source);
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (file.endsWith('.astro') && frontmatter) {
    return `${blank('---\n')}${stringLiterals(frontmatter[1]!)}${blank('\n---\n')}${visibleText(source.slice(frontmatter[0].length))}`;
  }
  return visibleText(source);
}

/** Figures in text already reduced to what a reader sees (see readerText). */
export function findFigures(text: string): TypedFigure[] {
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

/** Figures in an MDX source. */
export function findTypedFigures(source: string): TypedFigure[] {
  return findFigures(visibleText(source));
}
