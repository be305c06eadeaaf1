import { DATA_XLSX, dataXlsx } from '../../lib/open-data.ts';
import { currentEdition, loadDataset } from '../../lib/dataset.ts';
import { XLSX_TYPE } from '../../lib/charts/pages.ts';
import { routePath } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { Locale } from '../../i18n/index.ts';

export const getStaticPaths = () => (Object.entries(DATA_XLSX) as [Locale, string][]).map(([locale, file]) => ({ params: { workbook: file.replace(/\.xlsx$/, '') }, props: { locale } }));

export async function GET({ props }: { props: { locale: Locale } }) {
  const ds = loadDataset();
  const body = await dataXlsx(ds, props.locale, { url: absoluteUrl(routePath(props.locale, { page: 'data' })), edition: currentEdition(ds).id });
  return new Response(body, { headers: { 'Content-Type': XLSX_TYPE } });
}
