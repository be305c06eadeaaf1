import { registeredChartFilePaths, chartSvg } from '../../../lib/charts/pages.ts';

export const getStaticPaths = () => registeredChartFilePaths('en');
export const GET = chartSvg;
