import { loadDataset } from '../../lib/dataset.ts';
import { comparePayload } from '../../lib/charts/compare-payload.ts';

export async function GET() {
  return new Response(JSON.stringify(comparePayload(loadDataset())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
