import { chartFilePaths, chartXlsxFile } from '../../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('en');
export const GET = chartXlsxFile;
