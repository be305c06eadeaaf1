/**
 * The four indices, their methodology periods and the scale of every measure, from the research:
 * PAPI totals 6–60 (2011–2017) and 8–80 from 2018 (the workbook prints "10–80"), dimensions 1–10,
 * sub-dimensions as papi-tree.json states; PAR INDEX and SIPAS in per cent; PCI 0–100 with sub-indices 0–10.
 */
import type { IndexDef, MeasureDef, Period } from '../../src/data/schemas.ts';
import { fixEnglish } from './common.ts';

export interface PapiTree {
  dimensions: { id: number; name_vi: string; name_en: string; sub_dimensions: { code: string; name_vi: string; name_en: string | null; scale: string }[] }[];
}

export interface SourceIds {
  papiFaqVi: string;
  papiTree: string;
  papiData2014: string;
  papiFull: string;
  pci: string;
  parHaNam: string;
  sipasHaNam: string;
  research: string;
}

/** PAPI dimension names as the research's CSVs write them → tree id. */
export const PAPI_DIMENSIONS: Record<string, string> = {
  'participation at local levels': '1',
  participation: '1',
  transparency: '2',
  'transparency of local decision-making': '2',
  'vertical accountability': '3',
  'control of corruption': '4',
  'control of corruption in the public sector': '4',
  'public administrative procedures': '5',
  'public service delivery': '6',
  'environmental governance': '7',
  'e-governance': '8',
};

/** PAR INDEX domains of the 2021 results (QĐ 1149 method), as hanam.gov.vn lists them. */
export const PAR_DOMAINS: { id: string; match: RegExp; name_vi: string; name_en: string }[] = [
  { id: 'chi-dao-dieu-hanh', match: /steering/i, name_vi: 'Công tác chỉ đạo, điều hành cải cách hành chính', name_en: 'Direction and management of administrative reform' },
  { id: 'van-ban-qppl', match: /legal normative/i, name_vi: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', name_en: 'Drafting and implementing legal normative documents' },
  { id: 'cai-cach-tthc', match: /administrative procedure reform/i, name_vi: 'Cải cách thủ tục hành chính', name_en: 'Administrative procedure reform' },
  { id: 'to-chuc-bo-may', match: /state apparatus/i, name_vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', name_en: 'Reform of the state administrative apparatus' },
  { id: 'doi-ngu-cbccvc', match: /civil servants/i, name_vi: 'Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', name_en: 'Building and improving the quality of cadres, civil servants and public employees' },
  { id: 'tai-chinh-cong', match: /public finance/i, name_vi: 'Cải cách tài chính công', name_en: 'Public finance reform' },
  { id: 'hien-dai-hoa', match: /modernisation/i, name_vi: 'Hiện đại hóa hành chính', name_en: 'Administrative modernisation' },
  { id: 'tac-dong-kt-xh', match: /socio-economic/i, name_vi: 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội', name_en: 'Impact of administrative reform on socio-economic development' },
  { id: 'tac-dong-nguoi-dan', match: /people & organisations/i, name_vi: 'Tác động của cải cách hành chính đến người dân, tổ chức (điểm từ SIPAS)', name_en: 'Impact of administrative reform on people and organisations (SIPAS points)' },
];

/** PCI sub-indices: column names of the full tables and labels in figures.csv → slug. */
export const PCI_SUBINDICES: { id: string; names: string[]; name_vi: string; name_en: string; max?: number }[] = [
  { id: 'gia-nhap-thi-truong', names: ['Entry costs', 'Sub-index: Entry Costs'], name_vi: 'Chi phí gia nhập thị trường', name_en: 'Entry costs' },
  { id: 'tiep-can-dat-dai', names: ['Land access', 'Sub-index: Access to land'], name_vi: 'Tiếp cận đất đai', name_en: 'Access to land' },
  { id: 'minh-bach', names: ['Transparency', 'Sub-index: Transparency'], name_vi: 'Tính minh bạch', name_en: 'Transparency' },
  { id: 'chi-phi-thoi-gian', names: ['Time costs', 'Sub-index: Time Costs'], name_vi: 'Chi phí thời gian', name_en: 'Time costs' },
  { id: 'chi-phi-khong-chinh-thuc', names: ['Informal charges', 'Sub-index: Informal Charges'], name_vi: 'Chi phí không chính thức', name_en: 'Informal charges' },
  { id: 'thuc-thi-nhat-quan', names: ['Implementation/consistency (2005)'], name_vi: 'Tính nhất quán trong thực thi chính sách (2005)', name_en: 'Implementation and consistency (2005)' },
  { id: 'canh-tranh-binh-dang', names: ['Policy bias / SOE bias', 'Policy bias', 'Sub-index: Policy Bias'], name_vi: 'Cạnh tranh bình đẳng', name_en: 'Policy bias' },
  { id: 'nang-dong', names: ['Proactivity', 'Sub-index: Proactivity'], name_vi: 'Tính năng động của chính quyền tỉnh', name_en: 'Proactivity' },
  { id: 'dich-vu-ho-tro', names: ['Business support services', 'Sub-index: Business Support Services'], name_vi: 'Dịch vụ hỗ trợ doanh nghiệp', name_en: 'Business support services' },
  { id: 'dao-tao-lao-dong', names: ['Labor training', 'Sub-index: Labor Policy'], name_vi: 'Đào tạo lao động', name_en: 'Labour training' },
  { id: 'thiet-che-phap-ly', names: ['Legal institutions', 'Sub-index: Law & Order'], name_vi: 'Thiết chế pháp lý và an ninh trật tự', name_en: 'Legal institutions and law and order' },
  { id: 'khong-trong-so', names: ['Unweighted PCI'], name_vi: 'PCI không trọng số', name_en: 'Unweighted PCI', max: 100 },
];

function scaleFromText(text: string): { min: number; max: number } | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)/.exec(text);
  return m ? { min: Number(m[1]!.replace(',', '.')), max: Number(m[2]!.replace(',', '.')) } : undefined;
}

const measure = (m: Omit<MeasureDef, 'name_status'> & { name_status?: MeasureDef['name_status'] }): MeasureDef => ({
  name_status: { vi: 'official', en: 'official' },
  ...m,
});

/** A PAR INDEX domain's maximum under QĐ 1149, as a source states it (e.g. "đạt 2.25/6.00 điểm"). */
export interface StatedMax {
  measure: string;
  max: number;
  source: string;
  quote: string;
}

export function buildIndices(tree: PapiTree, src: SourceIds, papiOldSubdims: { id: string; name_en: string }[], parMaxima: StatedMax[] = []): IndexDef[] {
  const papiDims = (ids: number[], period: string): MeasureDef[] =>
    tree.dimensions
      .filter((d) => ids.includes(d.id))
      .map((d) =>
        measure({
          id: String(d.id),
          kind: 'dimension',
          parent: 'total',
          name_vi: d.name_vi,
          name_en: d.name_en,
          scale: { min: 1, max: 10, unit: 'points', basis: 'stated', note: `each dimension is scored 1–10 (${period})` },
          source: src.papiFaqVi,
        }),
      );
  const treeSub = new Map(tree.dimensions.flatMap((d) => d.sub_dimensions.map((s) => [s.code, s] as const)));
  const papiSubs2018: MeasureDef[] = [...treeSub.values()].map((s) => {
    const sc = scaleFromText(s.scale);
    return measure({
      id: s.code,
      kind: 'sub-dimension',
      parent: s.code.split('.')[0]!,
      name_vi: s.name_vi,
      name_en: fixEnglish(s.name_en ?? 'Construction Permits'),
      name_status: { vi: 'official', en: s.name_en ? 'official' : 'translation' },
      scale: sc ? { ...sc, unit: 'points', basis: 'stated', note: `printed "${s.scale}"` } : { min: 0, max: 10, unit: 'points', basis: 'bound' },
      source: src.papiTree,
    });
  });
  const papiSubsOld: MeasureDef[] = papiOldSubdims.map((s) => {
    const t = treeSub.get(s.id);
    return measure({
      id: s.id,
      kind: 'sub-dimension',
      parent: s.id.split('.')[0]!,
      name_vi: t?.name_vi ?? s.name_en,
      name_en: s.name_en,
      name_status: { vi: t ? 'secondary' : 'not-found', en: 'secondary' },
      // Before 2018 each dimension's sub-dimensions shared its 1–10 points; only a bound is used to check values.
      scale: { min: 0, max: 10 / 3 + 0.01, unit: 'points', basis: 'bound', note: 'sub-dimension of a 1–10 dimension with 3 or 4 parts' },
      source: src.papiFull,
      ...(t ? { note: 'Vietnamese name of the same-numbered sub-dimension from 2018; the 2011–2017 wording was not found' } : {}),
    });
  });
  const pct = (id: string, kind: MeasureDef['kind'], name_vi: string, name_en: string, source: string, basis: 'stated' | 'bound' = 'stated'): MeasureDef =>
    measure({ id, kind, name_vi, name_en, scale: { min: 0, max: 100, unit: 'percent', basis }, source, ...(kind !== 'total' ? { parent: 'total' } : {}) });

  const statedMax = (id: string): MeasureDef['scale'] | undefined => {
    const m = parMaxima.find((x) => x.measure === id);
    return m && { min: 0, max: m.max, unit: 'points', basis: 'stated', note: `QĐ 1149/QĐ-BNV: "${m.quote}"`, source: m.source };
  };
  const parTotal = pct('total', 'total', 'Chỉ số CCHC (tổng điểm)', 'PAR INDEX (total)', src.parHaNam);
  const parDomains = PAR_DOMAINS.map((d) =>
    measure({
      id: d.id,
      kind: 'domain',
      parent: 'total',
      name_vi: d.name_vi,
      name_en: d.name_en,
      name_status: { vi: 'official', en: 'translation' },
      scale: statedMax(d.id) ?? { min: 0, max: 100, unit: 'points', basis: 'bound', note: 'domain maxima under QĐ 1149/QĐ-BNV were not found; only the 100-point total bounds them' },
      source: src.parHaNam,
    }),
  );
  const pciMeasures = (years: 'early' | 'late'): MeasureDef[] => [
    measure({ id: 'total', kind: 'total', name_vi: 'Điểm PCI', name_en: 'PCI score', scale: { min: 0, max: 100, unit: 'points', basis: 'stated' }, source: src.pci }),
    ...PCI_SUBINDICES.filter((s) => years === 'early' || !['thuc-thi-nhat-quan', 'khong-trong-so'].includes(s.id)).map((s) =>
      measure({
        id: s.id,
        kind: 'sub-index',
        parent: 'total',
        name_vi: s.name_vi,
        name_en: s.name_en,
        name_status: { vi: 'translation', en: 'official' },
        scale: { min: 0, max: s.max ?? 10, unit: 'points', basis: 'stated' },
        source: src.pci,
      }),
    ),
  ];

  const period = (p: Omit<Period, 'method_docs' | 'criteria_trees'>): Period => ({ method_docs: [], criteria_trees: [], ...p });
  return [
    {
      id: 'papi',
      short_name: 'PAPI',
      name_vi: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh ở Việt Nam',
      name_en: 'Provincial Governance and Public Administration Performance Index',
      name_status: { vi: 'official', en: 'official' },
      publisher_vi: 'CECODES, Trung tâm Bồi dưỡng cán bộ và Nghiên cứu khoa học Mặt trận Tổ quốc Việt Nam (VFF-CRT, đến báo cáo 2022), RTA và UNDP',
      publisher_en: 'CECODES, the Centre for Research and Training of the Viet Nam Fatherland Front (VFF-CRT, to the 2022 report), RTA and UNDP',
      first_year: 2011,
      first_year_note: 'first nationwide edition (all 63 provinces); the full tables start in 2011',
      website: 'https://papi.org.vn/',
      sources: [src.papiFaqVi],
      periods: [
        period({
          id: 'papi-2011-2017',
          from: 2011,
          to: 2017,
          label_vi: '2011–2017: 6 lĩnh vực, tổng điểm tối đa 60',
          label_en: '2011–2017: 6 dimensions, total out of 60',
          comparable_with_previous: true,
          measures: [
            measure({ id: 'total', kind: 'total', name_vi: 'Tổng điểm PAPI', name_en: 'PAPI total score', scale: { min: 6, max: 60, unit: 'points', basis: 'stated', note: 'thang điểm từ "6" đến "60"' }, source: src.papiData2014 }),
            ...papiDims([1, 2, 3, 4, 5, 6], '2011–2017'),
            ...papiSubsOld,
          ],
          source: src.papiData2014,
        }),
        period({
          id: 'papi-2018',
          from: 2018,
          to: null,
          label_vi: 'Từ 2018: 8 lĩnh vực, tổng điểm tối đa 80',
          label_en: 'From 2018: 8 dimensions, total out of 80',
          comparable_with_previous: false,
          measures: [
            measure({ id: 'total', kind: 'total', name_vi: 'Tổng điểm PAPI', name_en: 'PAPI total score', scale: { min: 8, max: 80, unit: 'points', basis: 'stated', note: 'the workbook prints "10–80 điểm"; 8 dimensions of 1–10 bound it at 8' }, source: src.papiTree }),
            ...papiDims([1, 2, 3, 4, 5, 6, 7, 8], 'from 2018'),
            ...papiSubs2018,
          ],
          source: src.papiTree,
        }),
      ],
    },
    {
      id: 'par-index',
      short_name: 'PAR INDEX',
      name_vi: 'Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      name_en: 'Public Administration Reform Index of ministries, ministerial-level agencies and provincial People\u2019s Committees',
      name_status: { vi: 'official', en: 'translation' },
      publisher_vi: 'Bộ Nội vụ (Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố)',
      publisher_en: 'Ministry of Home Affairs (announced by the Government\u2019s Steering Committee for Administrative Reform)',
      first_year: 2012,
      first_year_note: 'the 2012 results were the first published',
      website: null,
      sources: [src.parHaNam],
      periods: [
        period({ id: 'par-index-2012-2019', from: 2012, to: 2019, label_vi: '2012–2019', label_en: '2012–2019', comparable_with_previous: true, measures: [parTotal], source: src.research }),
        period({ id: 'par-index-2020-2021', from: 2020, to: 2021, label_vi: '2020–2021: theo Quyết định 1149/QĐ-BNV', label_en: '2020–2021: under Decision 1149/QĐ-BNV', comparable_with_previous: true, measures: [parTotal, ...parDomains], source: src.parHaNam }),
        period({ id: 'par-index-2022', from: 2022, to: null, label_vi: 'Từ 2022: theo Quyết định 876/QĐ-BNV', label_en: 'From 2022: under Decision 876/QĐ-BNV', comparable_with_previous: true, measures: [parTotal], source: src.research }),
      ],
    },
    {
      id: 'sipas',
      short_name: 'SIPAS',
      name_vi: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      name_en: 'Satisfaction Index of Public Administrative Services',
      name_status: { vi: 'official', en: 'secondary' },
      publisher_vi: 'Bộ Nội vụ (Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố)',
      publisher_en: 'Ministry of Home Affairs (announced by the Government\u2019s Steering Committee for Administrative Reform)',
      first_year: 2017,
      first_year_note: 'measured nationwide every year since 2017 (2015 was a pilot)',
      website: null,
      sources: [src.sipasHaNam],
      periods: [
        period({
          id: 'sipas-2017',
          from: 2017,
          to: null,
          label_vi: 'Từ 2017',
          label_en: 'From 2017',
          comparable_with_previous: true,
          measures: [pct('total', 'total', 'Chỉ số SIPAS', 'SIPAS', src.sipasHaNam)],
          source: src.sipasHaNam,
        }),
      ],
    },
    {
      id: 'pci',
      short_name: 'PCI',
      name_vi: 'Chỉ số Năng lực cạnh tranh cấp tỉnh',
      name_en: 'Provincial Competitiveness Index',
      name_status: { vi: 'official', en: 'official' },
      publisher_vi: 'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)',
      publisher_en: 'Vietnam Chamber of Commerce and Industry (VCCI)',
      first_year: 2005,
      website: 'https://pcivietnam.vn/',
      sources: [src.pci],
      periods: [
        period({ id: 'pci-2005', from: 2005, to: 2016, label_vi: '2005–2016', label_en: '2005–2016', comparable_with_previous: true, measures: pciMeasures('early'), source: src.pci }),
        period({ id: 'pci-2017', from: 2017, to: null, label_vi: 'Từ 2017', label_en: 'From 2017', comparable_with_previous: true, measures: pciMeasures('late'), source: src.pci }),
      ],
    },
  ];
}
