/**
 * Reads the dataset's files from disk into the { path → text } map that validateDataset() takes:
 * every JSON file under content/data (except the import manifest), the editions, their snapshots and the glossary.
 * Never reads outside the project.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, DATA_FILES, GLOSSARY_FILES, MANIFEST_FILE, SNAPSHOTS_DIR } from './validate.ts';

/** The dataset's files, keyed by their path relative to `root`. */
export function readDataFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const read = (rel: string): void => {
    out[rel] = readFileSync(join(root, rel), 'utf8');
  };
  const walk = (rel: string): void => {
    if (!existsSync(join(root, rel))) return;
    for (const name of readdirSync(join(root, rel)).sort()) {
      const relChild = `${rel}/${name}`;
      if (statSync(join(root, relChild)).isDirectory()) walk(relChild);
      else if (name.endsWith('.json') && relChild !== MANIFEST_FILE) read(relChild);
    }
  };
  walk(DATA_DIR);
  walk(SNAPSHOTS_DIR.replace(/\/$/, ''));
  for (const rel of [DATA_FILES.editions, ...Object.values(GLOSSARY_FILES)]) if (existsSync(join(root, rel))) read(rel);
  return out;
}
