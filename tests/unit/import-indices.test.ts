/** The indices, periods and measure scales the import builds (scripts/import/indices.ts), from a small inline PAPI tree. */
import { describe, expect, it } from 'vitest';
import { buildIndices, PAPI_DIMENSIONS, PAR_DOMAINS, PCI_SUBINDICES, type PapiTree, type SourceIds } from '../../scripts/import/indices.ts';

const tree: PapiTree = {
  dimensions: [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({
    id,
    name_vi: `Nội dung ${id}`,
    name_en: `Dimension ${id}`,
    sub_dimensions: id === 1 ? [{ code: '1.1', name_vi: 'Tri thức công dân', name_en: 'Civic Knowledge', scale: '0.25-2.5' }, { code: '1.2', name_vi: 'Cơ hội', name_en: 'Opportunties', scale: 'n/a' }] : [],
  })),
};
const src = Object.fromEntries(['papiFaqVi', 'papiTree', 'papiData2014', 'papiFull', 'pci', 'parHaNam', 'sipasHaNam', 'research'].map((k) => [k, `src-${k}`])) as unknown as SourceIds;
const indices = buildIndices(tree, src, [{ id: '1.1', name_en: 'Civic knowledge (old)' }, { id: '9.9', name_en: 'Gone' }]);
const period = (index: string, id: string) => indices.find((i) => i.id === index)!.periods.find((p) => p.id === id)!;

describe('buildIndices', () => {
  it('gives a PAR INDEX domain the maximum a source states, with that source, and leaves the others as bounds', () => {
    const withMax = buildIndices(tree, src, [], [{ measure: 'tac-dong-kt-xh', max: 6, source: 'src-max', quote: '2.25/6.00 điểm' }]);
    const domains = withMax.find((i) => i.id === 'par-index')!.periods.find((p) => p.id === 'par-index-2020-2021')!.measures.filter((m) => m.kind === 'domain');
    expect(domains.find((m) => m.id === 'tac-dong-kt-xh')!.scale).toMatchObject({ max: 6, basis: 'stated', source: 'src-max' });
    expect(domains.filter((m) => m.scale.basis === 'bound')).toHaveLength(PAR_DOMAINS.length - 1);
  });

  it('builds the four indices, each period with a total', () => {
    expect(indices.map((i) => i.id)).toEqual(['papi', 'par-index', 'sipas', 'pci']);
    for (const ix of indices) for (const p of ix.periods) expect(p.measures.filter((m) => m.kind === 'total')).toHaveLength(1);
  });

  it('scores PAPI totals 6–60 before 2018 and 8–80 from 2018, with six and eight dimensions of 1–10', () => {
    const old = period('papi', 'papi-2011-2017');
    const now = period('papi', 'papi-2018');
    expect(old.measures.find((m) => m.id === 'total')!.scale).toMatchObject({ min: 6, max: 60 });
    expect(now.measures.find((m) => m.id === 'total')!.scale).toMatchObject({ min: 8, max: 80 });
    expect(old.measures.filter((m) => m.kind === 'dimension')).toHaveLength(6);
    expect(now.measures.filter((m) => m.kind === 'dimension').map((m) => m.scale)).toEqual(Array(8).fill(expect.objectContaining({ min: 1, max: 10 })));
  });

  it('reads a sub-dimension scale from its printed text, falls back to a bound, and fixes English misprints', () => {
    const subs = period('papi', 'papi-2018').measures.filter((m) => m.kind === 'sub-dimension');
    expect(subs.find((m) => m.id === '1.1')!.scale).toMatchObject({ min: 0.25, max: 2.5, basis: 'stated' });
    expect(subs.find((m) => m.id === '1.2')).toMatchObject({ name_en: 'Opportunities', scale: { min: 0, max: 10, basis: 'bound' } });
  });

  it('names an old sub-dimension in Vietnamese only when the 2018 tree has the same number', () => {
    const old = period('papi', 'papi-2011-2017').measures.filter((m) => m.kind === 'sub-dimension');
    expect(old.find((m) => m.id === '1.1')).toMatchObject({ name_vi: 'Tri thức công dân', name_status: { vi: 'secondary' } });
    expect(old.find((m) => m.id === '9.9')).toMatchObject({ name_vi: 'Gone', name_status: { vi: 'not-found' } });
  });

  it('gives PCI its sub-indices, without the 2005-only ones after 2016', () => {
    const early = period('pci', 'pci-2005').measures.map((m) => m.id);
    const late = period('pci', 'pci-2017').measures.map((m) => m.id);
    expect(early).toContain('thuc-thi-nhat-quan');
    expect(late).not.toContain('thuc-thi-nhat-quan');
    expect(late).toHaveLength(PCI_SUBINDICES.length - 2 + 1);
  });
});

describe('the research names of measures', () => {
  it('map PAPI dimension names and PAR INDEX domain labels to their ids', () => {
    expect(PAPI_DIMENSIONS['control of corruption in the public sector']).toBe('4');
    expect(PAR_DOMAINS.find((d) => d.match.test('Impact on people & organisations'))?.id).toBe('tac-dong-nguoi-dan');
    expect(PAR_DOMAINS.find((d) => d.match.test('Public finance reform'))?.id).toBe('tai-chinh-cong');
  });
});
