/** getStaticPaths for province pages: every province in the data. Hà Nam's canonical page is /ha-nam/. */
import { loadDataset } from './dataset.ts';

export async function provincePaths() {
  const ds = loadDataset();
  return ds.provinceList.map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } }));
}
