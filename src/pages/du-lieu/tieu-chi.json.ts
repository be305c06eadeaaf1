import { loadDataset } from '../../lib/dataset.ts';

/** The criteria trees and legal documents, as the site uses them. */
export async function GET() {
  const ds = loadDataset();
  return new Response(`${JSON.stringify({ criteria: ds.criteria, legal_documents: [...ds.legalDocs.values()] }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
