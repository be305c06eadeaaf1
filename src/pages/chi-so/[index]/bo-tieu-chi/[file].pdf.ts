import type { APIRoute } from 'astro';
import { criteriaPdf } from '../../../../lib/criteria-pdf.ts';
import { criteriaSheet } from '../../../../lib/criteria-sheet.ts';
import { currentEdition, loadDataset } from '../../../../lib/dataset.ts';
import { criteriaPdfName } from '../../../../lib/routes.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';

/** The PAPI criteria sheet as PDF, short and full, named with the current data edition (src/lib/criteria-pdf.ts). */
export function getStaticPaths() {
  const edition = currentEdition(loadDataset()).id;
  return [false, true].map((full) => ({ params: { index: 'papi', file: criteriaPdfName('papi', edition, full) }, props: { full } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { full } = props as { full: boolean };
  const sheet = criteriaSheet(loadDataset(), 'vi', full);
  const pdf = await criteriaPdf(sheet, { url: absoluteUrl(sheet.pagePath), full, locale: 'vi' });
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
