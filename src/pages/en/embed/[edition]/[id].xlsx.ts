import { frozenPaths, frozenXlsx } from '../../../../lib/charts/frozen-paths.ts';

export const getStaticPaths = () => frozenPaths('en');
export const GET = frozenXlsx;
