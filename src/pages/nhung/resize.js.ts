import { resizeScript } from '../../lib/embed.ts';

export const GET = () =>
  new Response(resizeScript(new URL(import.meta.env.SITE).origin), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
