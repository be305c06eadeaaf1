/**
 * The search index that the build wrote (dist/ and dist-base/) is the re-split one: every chunk the metadata names
 * exists and no other is left, no chunk holds more than CHUNK_LOCATIONS word locations unless it is a single word,
 * and Pagefind's lookup finds every indexed word in its own chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, DIST_BASE, DistSite } from '../lib/dist-site.ts';
import { assertNoProblems } from '../lib/problems.ts';
import { CHUNK_LOCATIONS, chunkFor, readPagefindFile, wordLocations, type IndexedWord } from '../../src/integrations/pagefind-chunks.ts';

describe.each([DIST, DIST_BASE].map((root) => [path.basename(root), root]))('%s/pagefind/', (_name, root) => {
  test('every chunk is small, named in the metadata, and holds the words the lookup sends to it', () => {
    new DistSite(root).assertBuilt();
    const bundle = path.join(root, 'pagefind');
    const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    const problems: string[] = [];
    const named = new Set<string>();
    for (const [language, { hash }] of Object.entries(entry.languages)) {
      const meta = readPagefindFile(path.join(bundle, `pagefind.${hash}.pf_meta`)) as [string, unknown, [string, string, string][]];
      const bounds = meta[2].map(([from, to]) => ({ from, to }));
      let words = 0;
      meta[2].forEach(([, , file], i) => {
        named.add(`${file}.pf_index`);
        const chunk = (readPagefindFile(path.join(bundle, 'index', `${file}.pf_index`)) as [IndexedWord[]])[0];
        const size = chunk.reduce((sum, w) => sum + wordLocations(w), 0);
        if (chunk.length > 1 && size - wordLocations(chunk.at(-1)!) >= CHUNK_LOCATIONS) problems.push(`${language} ${file}: ${size} locations in ${chunk.length} words`);
        for (const w of chunk) {
          words++;
          const found = chunkFor(w[0], bounds);
          if (found !== i) problems.push(`${language} "${w[0]}" is in chunk ${i} but the lookup goes to ${found}`);
        }
      });
      expect(words, `${language}: indexed words`).toBeGreaterThan(1000);
    }
    const onDisk = readdirSync(path.join(bundle, 'index'));
    for (const file of onDisk) if (!named.has(file)) problems.push(`index/${file} is not named by any metadata`);
    assertNoProblems('search index chunks', problems);
  });
});
