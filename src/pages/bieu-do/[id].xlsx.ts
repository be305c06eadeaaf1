import { chartFilePaths, chartXlsxFile } from '../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('vi');
export const GET = chartXlsxFile;
