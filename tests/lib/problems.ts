/** Throws one error listing every problem, so a failing test reads as a list. */
export function assertNoProblems(what: string, problems: readonly string[]): void {
  if (problems.length) throw new Error(`${what}: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
}
