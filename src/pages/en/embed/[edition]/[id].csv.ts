import { frozenPaths, frozenCsv } from '../../../../lib/charts/frozen-paths.ts';

export const getStaticPaths = () => frozenPaths('en');
export const GET = frozenCsv;
