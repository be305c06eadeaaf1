import { chartFilePaths, chartWebp } from '../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('vi');
export const GET = chartWebp;
