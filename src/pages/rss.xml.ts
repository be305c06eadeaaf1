import { articleFeed } from '../lib/rss.ts';

export const GET = () => articleFeed('vi');
