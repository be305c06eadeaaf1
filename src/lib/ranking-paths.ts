import { loadDataset } from './dataset.ts';
import { rankingYears } from './rankings.ts';

export async function rankingPaths() {
  const ds = loadDataset();
  return (['papi', 'pci'] as const).flatMap((index) => rankingYears(ds, index).map((year) => ({ params: { index, year: String(year) }, props: { index, year } })));
}
