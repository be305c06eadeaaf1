/** What is wrong with a chart's SVG download: not well-formed, an embedded bitmap, no <title> with its title, no <desc>. */
import { SyntaxValidator } from 'fast-xml-validator';

export function svgProblems(svg: string, title: string): string[] {
  const problems: string[] = [];
  try {
    SyntaxValidator.validate(svg);
  } catch (e) {
    problems.push(`not well-formed XML: ${(e as Error).message}`);
  }
  if (/<image\b/i.test(svg)) problems.push('contains an <image> (an embedded bitmap, not a vector drawing)');
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (!svg.includes(`<title>${escaped}</title>`)) problems.push(`has no <title> with the chart's title "${title}"`);
  if (!/<desc>[^<]+<\/desc>/.test(svg)) problems.push('has no <desc>');
  return problems;
}
