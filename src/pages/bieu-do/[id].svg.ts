import { registeredChartFilePaths, chartSvg } from '../../lib/charts/pages.ts';

export const getStaticPaths = () => registeredChartFilePaths('vi');
export const GET = chartSvg;
