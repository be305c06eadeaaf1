/**
 * Fills an interface string's {placeholders}, e.g. fillTemplate('Trang {n}/{count}', { n: 2, count: 9 }).
 * A placeholder without a value throws: a typo in a string or a caller should fail the build, not print "{n}".
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`fillTemplate: no value for {${key}} in "${template}"`);
    return String(values[key]);
  });
}
