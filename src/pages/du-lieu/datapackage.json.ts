import { dataPackage } from '../../lib/open-data.ts';
import { currentEdition, loadDataset } from '../../lib/dataset.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { filePaths } from '../../lib/routes.ts';

export async function GET() {
  const e = currentEdition(loadDataset());
  return new Response(`${JSON.stringify(dataPackage(absoluteUrl(filePaths.data('')), e.id, e.date), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
