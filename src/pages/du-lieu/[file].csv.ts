import { OPEN_DATA_FILES } from '../../lib/open-data.ts';
import { loadDataset } from '../../lib/dataset.ts';

export const getStaticPaths = () => OPEN_DATA_FILES.map((f) => ({ params: { file: f.name }, props: { name: f.name } }));

export async function GET({ props }: { props: { name: string } }) {
  const f = OPEN_DATA_FILES.find((x) => x.name === props.name)!;
  return new Response(f.csv(loadDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
