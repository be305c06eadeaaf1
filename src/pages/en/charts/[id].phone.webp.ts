import { chartFilePaths, chartPhoneWebp } from '../../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('en');
export const GET = chartPhoneWebp;
