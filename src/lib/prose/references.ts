/**
 * Checks what an article's component points at (a data key, a source, a glossary term) before it is rendered, so
 * that a wrong key fails the build with the article's file, line and column, not only the component's name.
 */
import type { Dataset } from '../dataset.ts';
import { nationalStat } from '../results.ts';
import type { ProseComponentUse } from './components.ts';

/** Why the component cannot be rendered, or undefined when what it points at exists. */
export function referenceProblem(ds: Dataset, glossaryIds: ReadonlySet<string>, use: ProseComponentUse): string | undefined {
  const key = String(use.props['k'] ?? use.props['id']);
  switch (use.name) {
    case 'Value':
      return ds.results.has(key) ? undefined : `<Value k="${key}">: no such result in content/data/results (keys are <index>/<year>/<province>/<measure>)`;
    case 'Stat': {
      const [index, year, scope, measure, stat] = key.split('/');
      const found = index && year && scope && measure && stat ? nationalStat(ds, index, Number(year), scope, measure, stat as 'mean') : undefined;
      return found ? undefined : `<Stat k="${key}">: no such statistic in content/data/national-stats.json (keys are <index>/<year>/<scope>/<measure>/<stat>)`;
    }
    case 'Fact':
      return ds.facts.has(key) ? undefined : `<Fact k="${key}">: no such fact in content/data/facts.json`;
    case 'Cite':
      return ds.sources.has(key) ? undefined : `<Cite id="${key}">: no such source in content/data/sources.json`;
    case 'LegalDoc':
      return ds.legalDocs.has(key) ? undefined : `<LegalDoc id="${key}">: no such document in content/data/legal-documents.json`;
    case 'Term':
      return glossaryIds.has(key) ? undefined : `<Term id="${key}">: no such term in the glossary of this language (content/glossary/)`;
  }
}
