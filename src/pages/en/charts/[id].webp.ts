import { chartFilePaths, chartWebp } from '../../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('en');
export const GET = chartWebp;
