/** getStaticPaths for province pages: every province in the data whose address has not moved (Hà Nam's is /ha-nam/). */
import { loadDataset } from './dataset.ts';
import { redirects, routePath } from './routes.ts';

export async function provincePaths() {
  const ds = loadDataset();
  return ds.provinceList
    .filter((p) => !redirects().has(routePath('vi', { page: 'province', slug: p.slug })))
    .map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } }));
}
