import { chartFilePaths, chartPng } from '../../../lib/charts/pages.ts';

export const getStaticPaths = () => chartFilePaths('en');
export const GET = chartPng;
