/**
 * Prints how long each Vitest project (suite) took, wall clock from its first test file being queued to its last
 * one ending, with its test counts. The projects run one after another (vitest.config.ts), so the times add up.
 */
import type { Reporter, TestModule } from 'vitest/node';

interface Span {
  start: number;
  end: number;
  passed: number;
  failed: number;
  skipped: number;
}

export default class SuiteDurationsReporter implements Reporter {
  private readonly spans = new Map<string, Span>();

  onTestModuleQueued(module: TestModule): void {
    const name = module.project.name || 'default';
    const span = this.spans.get(name);
    if (span) span.start = Math.min(span.start, Date.now());
    else this.spans.set(name, { start: Date.now(), end: Date.now(), passed: 0, failed: 0, skipped: 0 });
  }

  onTestModuleEnd(module: TestModule): void {
    const span = this.spans.get(module.project.name || 'default');
    if (!span) return;
    span.end = Math.max(span.end, Date.now());
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') span.passed++;
      else if (state === 'failed') span.failed++;
      else span.skipped++;
    }
    // A file that fails before its tests run (a throw at import) counts as one failure.
    if (module.state() === 'failed' && ![...module.children.allTests()].some((t) => t.result().state === 'failed')) span.failed++;
  }

  onTestRunEnd(): void {
    if (!this.spans.size) return;
    const lines = [...this.spans].map(([name, s]) => {
      const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
      return `  ${name.padEnd(8)} ${((s.end - s.start) / 1000).toFixed(1).padStart(6)} s   ${s.passed} passed, ${s.failed} failed${skipped}`;
    });
    process.stdout.write(`\nSuite durations\n${lines.join('\n')}\n`);
  }
}
