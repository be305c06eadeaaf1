/** Fills an interface string's {placeholders}, e.g. fillTemplate('Trang {n}/{count}', { n: 2, count: 9 }). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : ''));
}
