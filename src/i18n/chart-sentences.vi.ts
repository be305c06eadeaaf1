/** Vietnamese templates for chart titles, subtitles, notes and summary sentences. */
import type { ChartSentences } from './chart-sentences.ts';
import { formatBound } from '../lib/charts/number-format.ts';

const rankText = (r: { rank: number; of: number; computed: string | false }) => `${r.rank}/${r.of}${r.computed ? ` (${r.computed})` : ''}`;
const n = (v: number) => formatBound(v, 'vi');
const bound = (b: { min: number; max: number }) => `${n(b.min)}–${n(b.max)} điểm`;
/** Each index's own word for its parts (the glossary): PAPI's "chỉ số nội dung", the PAR INDEX's "lĩnh vực". */
const parts = (index: string) => (index === 'PAPI' ? 'chỉ số nội dung' : 'lĩnh vực');
const range = (ys: number[]) => (ys.length > 1 ? `${ys[0]}–${ys.at(-1)}` : `năm ${ys[0]}`);

export const chartSentencesVi: ChartSentences = {
  national: 'Cả nước',
  year: 'Năm',
  province: 'Tỉnh, thành phố',
  measure: 'Thành phần',
  source: 'Nguồn',
  andMore: (n) => ` và ${n} nguồn khác`,
  dataYears: (from, to) => (from === to ? `số liệu năm ${from}` : `số liệu ${from}–${to}`),
  noData: 'chưa có số liệu',
  computed: 'tính toán',
  rankAxis: 'Thứ hạng (1 là cao nhất)',
  pointsAxis: 'Điểm',
  percentAxis: 'Tỷ lệ (%)',
  comparison: {
    'national-mean': 'Trung bình cả nước',
    median: 'Trung vị cả nước',
    best: 'Cao nhất cả nước',
    worst: 'Thấp nhất cả nước',
  },
  periodLabel: (from, to, max) => `${from}–${to}${max ? `, thang ${n(max)} điểm` : ''}`,
  missingNote: (label, keys) => `${label}: chưa có số liệu cho ${keys.join(', ')}.`,
  computedNote: 'Thứ hạng ghi "tính toán" do trang này tự xếp từ tệp dữ liệu, không phải thứ hạng công bố chính thức.',
  breakNote: (years, index, panels) =>
    `${index} đổi phương pháp từ năm ${years.join(', ')}: điểm trước và sau mốc này không so sánh trực tiếp được, nên được vẽ thành ${panels ? 'hai khung riêng, mỗi khung một trục' : 'hai đường riêng'}.`,
  allFigures: 'Mọi số liệu trong biểu đồ',
  someFigures: (n, of) => `${n} trên tổng số ${of} số liệu`,
  eachInTable: 'bảng số liệu đánh dấu từng số',
  comparisonNote: 'Trung bình, trung vị, cao nhất và thấp nhất: số do nguồn công bố nếu có, nếu không thì tính từ điểm của các tỉnh có số liệu năm đó.',
  title: ({ kind, index, measure, province, years, byProvince }) => {
    const what = measure ? `${measure} (${index})` : `Điểm ${index}`;
    if (kind === 'rank-line') return `Thứ hạng ${measure ? `${measure} ` : ''}${index} của ${province ?? 'các tỉnh'}, ${range(years)}`;
    if (kind === 'ranked-bars') return `${what} của các tỉnh, thành phố, năm ${years[0]}`;
    if (kind === 'map') return `Bản đồ ${what.charAt(0).toLowerCase()}${what.slice(1)} các tỉnh, thành phố, năm ${years[0]}`;
    if (kind === 'bars' && byProvince) return `${what} của các tỉnh, thành phố được chọn, năm ${years[0]}`;
    if (kind === 'bars') return `${measure ? what : `Các ${parts(index)} ${index}`} của ${province ?? 'các tỉnh'}, năm ${years[0]}`;
    return `${what} của ${province ?? 'các tỉnh'}, ${range(years)}`;
  },
  withMax: (name, max) => `${name} (tối đa ${max})`,
  subtitle: ({ kind, unit, maxima, breaks, mixed }) => {
    if (kind === 'rank-line') return 'Thứ hạng trong số các tỉnh được xếp hạng mỗi năm; 1 là cao nhất.';
    if (unit === 'percent') return 'Thang 0–100%.';
    if (mixed?.unknown) {
      const some = mixed.unknown < mixed.count ? '; điểm tối đa đã biết ghi cạnh tên mục' : '';
      return `Mỗi mục có điểm tối đa riêng. Chưa tìm thấy điểm tối đa của ${mixed.unknown}/${mixed.count} mục, nên điểm được vẽ thành chấm, không so với một mức tối đa chung${some}.`;
    }
    if (mixed) return `Các mục có thang điểm khác nhau (${mixed.scales.map(bound).join('; ')}), ghi cạnh tên từng mục: chỉ so sánh các mục cùng thang.`;
    if (maxima.length > 1 && breaks.length) return `Điểm tối đa ${n(maxima[0]!)}, và ${maxima.slice(1).map(n).join(', ')} từ năm ${breaks.join(', ')} khi phương pháp thay đổi: mỗi giai đoạn vẽ trong một khung riêng.`;
    return `Điểm tối đa ${maxima.map(n).join(', ')}.`;
  },
  summaryNoFeatured: ({ index, measure, years, provinces }) =>
    `${measure ?? `Điểm ${index}`} của ${provinces} tỉnh, thành phố, ${range(years)}.`,
  summaryNoData: ({ province, index, years }) => `${province}: chưa có số liệu ${index} cho ${range(years)}.`,
  summaryLatest: ({ year, province, index, measure, value, max, rank, previous, gaps }) => {
    const parts: string[] = [];
    const scoreText = value
      ? max?.unit === 'percent'
        ? `đạt ${value}`
        : `đạt ${value}${max ? `/${n(max.max)}` : ''} điểm`
      : undefined;
    const subject = measure ? `${measure} (${index})` : index;
    let sentence = `Năm ${year}, ${province}`;
    if (scoreText) sentence += ` ${scoreText} ${measure ? `ở ${subject}` : subject}`;
    if (rank) sentence += `${scoreText ? ',' : ''} xếp thứ ${rankText(rank)}`;
    if (previous) {
      if (previous.change !== null && previous.change !== 0) {
        sentence += `, ${previous.change > 0 ? 'tăng' : 'giảm'} ${Math.abs(previous.change)} bậc so với năm ${previous.year}`;
      } else if (previous.change === 0) {
        sentence += `, giữ nguyên thứ hạng so với năm ${previous.year}`;
      } else if (previous.rank && rank) {
        sentence += ` (năm ${previous.year}: ${rankText(previous.rank)}${previous.sameMethod ? '' : ', theo phương pháp cũ'})`;
      }
    }
    parts.push(`${sentence}.`);
    if (gaps > 0) parts.push(`Có ${gaps} năm chưa có số liệu.`);
    return parts.join(' ');
  },
  summaryDimensions: ({ year, province, index, high, low, above, count }) =>
    `Năm ${year}, trong các ${parts(index)} ${index}, ${province} có điểm cao nhất ở ${high.name} (${high.value}) và thấp nhất ở ${low.name} (${low.value}).` +
    (above !== undefined ? ` ${province} cao hơn trung bình cả nước ở ${above}/${count} ${parts(index)}.` : ''),
  summaryScales: ({ year, province, index, groups, unknown, count }) => {
    const parts = groups.map((g) =>
      g.count > 1 ? `trong ${g.count} mục thang ${bound(g.scale)}, cao nhất ở ${g.high.name} (${g.high.value}) và thấp nhất ở ${g.low.name} (${g.low.value})` : `${g.high.name} đạt ${g.high.value} điểm`,
    );
    const head = parts.length ? `Năm ${year}, ${index} của ${province}: ${parts.join('; ')}.` : `Năm ${year}, ${index} của ${province} có ${count} mục.`;
    return head + (unknown ? ` Chưa tìm thấy điểm tối đa của ${unknown}/${count} mục, nên các mục này không được so sánh với nhau; xem điểm từng mục trong bảng.` : '');
  },
  summaryRanked: ({ year, province, index, measure, value, rank, best, worst }) => {
    let out = `Năm ${year}, ${province}`;
    out += value ? ` đạt ${value} ${measure ? `ở ${measure} (${index})` : `điểm ${index}`}` : ` chưa có số liệu ${index}`;
    if (rank) out += `, xếp thứ ${rankText(rank)}`;
    out += '.';
    if (best && worst) out += ` Cao nhất là ${best.name} (${best.value}), thấp nhất là ${worst.name} (${worst.value}).`;
    return out;
  },
};
