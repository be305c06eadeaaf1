/**
 * Reads content/data from disk into the { path → text } map that validateDataset() takes.
 * Used by the Astro loaders and by unit tests; never reads outside the project.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, MANIFEST_FILE } from './validate.ts';

/** Every JSON file under content/data (except the import manifest), keyed by its path relative to `root`. */
export function readDataFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      const relChild = `${rel}/${name}`;
      const st = statSync(join(root, relChild));
      if (st.isDirectory()) walk(relChild);
      else if (name.endsWith('.json') && relChild !== MANIFEST_FILE) out[relChild] = readFileSync(join(root, relChild), 'utf8');
    }
  };
  walk(DATA_DIR);
  return out;
}

/** A cheap fingerprint of the data files (paths, sizes, modification times) for caching. */
export function dataFingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (rel: string): void => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      const relChild = `${rel}/${name}`;
      const st = statSync(join(root, relChild));
      if (st.isDirectory()) walk(relChild);
      else if (name.endsWith('.json')) parts.push(`${relChild}:${st.size}:${st.mtimeMs}`);
    }
  };
  walk(DATA_DIR);
  return parts.join('|');
}
