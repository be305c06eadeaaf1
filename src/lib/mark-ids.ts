/** Ids for conflict popovers: unique within a build, so within every page, however often a key appears. */
let counter = 0;
export function nextMarkId(key: string): string {
  counter += 1;
  return `mark-${key.replace(/[^a-z0-9]+/gi, '-')}-${counter}`;
}
