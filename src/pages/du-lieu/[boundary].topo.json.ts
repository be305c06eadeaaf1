import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BOUNDARY_DOWNLOADS } from '../../i18n/map.ts';
import { BOUNDARY_FILES } from '../../lib/geo.ts';

/** The province boundaries the maps are drawn from (Open Development Mekong, CC BY-SA 4.0), as imported. */
export const getStaticPaths = () => BOUNDARY_DOWNLOADS.map((b) => ({ params: { boundary: b.name }, props: { set: b.set } }));

export async function GET({ props }: { props: { set: keyof typeof BOUNDARY_FILES } }) {
  return new Response(readFileSync(path.resolve(process.cwd(), BOUNDARY_FILES[props.set]), 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
