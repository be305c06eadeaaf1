/**
 * The one publisher table (curated/publishers.json), used by every import step: a host has exactly one label;
 * a document host (fliphtml5, GitHub, Hugging Face) is labelled by the document's publisher, with the copy we
 * read named separately. A host with no label stops the import, so no source is ever credited to a bare host.
 */
import { readFileSync } from 'node:fs';
import type { Source } from '../../src/data/schemas.ts';

interface Entry {
  label: string;
  kind: Source['kind'];
  /** For a copy of an official file: who holds the copy we read (shown second, as "bản sao dữ liệu"). */
  copy?: string;
  /** Why pages on this host are cited by name only, never linked. */
  unlinked?: string;
  /** A third-party compilation whose primary source is not stated (a research panel): its figures carry the secondary mark. */
  secondary?: boolean;
}
export interface PublisherTable {
  hosts: Record<string, Entry>;
  documents: Record<string, Entry>;
  mirrors: Record<string, { label: string; note: string }>;
}

export const PUBLISHERS = JSON.parse(readFileSync(new URL('./curated/publishers.json', import.meta.url), 'utf8')) as PublisherTable;

export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^(www|m)\./, '');
}

/** The mirror entry for a URL on an unrelated host that reposts another publisher's story, if it is one. */
export function mirrorOf(url: string, table: PublisherTable = PUBLISHERS): PublisherTable['mirrors'][string] | undefined {
  return table.mirrors[hostOf(url)];
}

/** The publisher of the page or document at `url`; throws on a host the table does not label. */
export function publisherOf(url: string, table: PublisherTable = PUBLISHERS): Entry {
  const doc = Object.keys(table.documents)
    .filter((prefix) => url.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  if (doc) return table.documents[doc]!;
  const host = hostOf(url);
  const entry = table.hosts[host];
  if (entry) return entry;
  const hostsDocuments = Object.keys(table.documents).some((prefix) => hostOf(prefix) === host);
  throw new Error(
    hostsDocuments
      ? `publishers: ${url} is a document on ${host} with no entry in curated/publishers.json "documents" (label it by the document's publisher)`
      : `publishers: the host ${host} (${url}) has no label in curated/publishers.json`,
  );
}
