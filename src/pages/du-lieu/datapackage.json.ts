import { dataPackage } from '../../lib/open-data.ts';
import { currentEdition, loadDataset } from '../../lib/dataset.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export async function GET() {
  const e = currentEdition(loadDataset());
  return new Response(`${JSON.stringify(dataPackage(absoluteUrl('/du-lieu/'), e.id, e.date), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
