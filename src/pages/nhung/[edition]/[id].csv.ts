import { frozenPaths, frozenCsv } from '../../../lib/charts/frozen-paths.ts';

export const getStaticPaths = () => frozenPaths('vi');
export const GET = frozenCsv;
