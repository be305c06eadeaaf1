/**
 * Interface strings of the criteria pages (dimension pages, the criteria list, the print versions).
 * Kept apart from vi.ts/en.ts so the two files are edited by one person each. No figure is written here:
 * every number on these pages comes from content/data.
 */
import type { Level } from '../lib/criteria-view.ts';
import type { IndexId } from '../data/schemas.ts';

type CountWhat =
  | 'dimensions'
  | 'sub-dimensions'
  | 'indicators'
  | 'domains'
  | 'criteria'
  | 'sub-criteria'
  | 'aspects'
  | 'elements'
  | 'services'
  | 'total-points'
  | 'survey-points';

export interface CriteriaStrings {
  indexName: Record<Exclude<IndexId, 'pci'>, string>;
  /** Singular noun of each node level, for "Nội dung thành phần 1.1". */
  level: Record<Level, string>;
  /** Plural label of each count. */
  count: Record<CountWhat, string>;
  nameStatus: { official: string; translation: string; secondary: string; 'not-found': string };
  otherName: string;
  otherLang: string;
  years: string;
  yearsObserved: string;
  since: (year: number) => string;
  scale: string;
  maxPoints: string;
  maxPointsNotFound: string;
  itemCounts: (criteria: number | undefined, sub: number | undefined) => string;
  notFound: string;
  /** "Tên và điểm của các tiêu chí" / "Các tiêu chí còn lại", for a placeholder of items not found. */
  missingItems: (level: Level, others: boolean) => string;
  notFoundHint: string;
  /** Before the workbook's own text, where the site corrected its spelling. */
  spellingCorrected: string;
  notFoundTree: string;
  partialTree: string;
  inference: string;
  officialDoc: string;
  officialDocNone: string;
  source: string;
  sources: string;
  researchNote: string;
  haNamResult: (year: number) => string;
  /** A PAPI dimension or sub-dimension: what it measures, and Hà Nam against the nation. */
  measures: string;
  nation: (year: number) => string;
  nationMean: string;
  nationMin: string;
  nationMax: string;
  onScale: string;
  nationMeaning: (side: 'above' | 'below' | 'equal', near: 'top' | 'bottom' | null) => string;
  nationMissing: string;
  haNamNone: string;
  countsTitle: string;
  countsCaption: (label: string) => string;
  countCol: string;
  valueCol: string;
  sourceCol: string;
  notFoundValue: string;
  moreThan: string;
  /** A count that holds in one year of a current set: "(năm 2024)". */
  inYear: (year: number) => string;
  byYearTitle: string;
  byYearCaption: (what: string) => string;
  yearCol: string;
  changesTitle: string;
  added: (year: number) => string;
  dropped: (year: number) => string;
  noChanges: string;
  historyTitle: string;
  historyIntro: string;
  onThisPage: string;
  currentSet: string;
  earlierSets: string;
  listTitle: (index: string) => string;
  listIntro: string;
  print: string;
  printFull: string;
  /** Link to the sheet's PDF (always the Vietnamese one). */
  printPdf: string;
  /** Shown once a newer edition is frozen: old PDF addresses redirect to the current one (src/lib/routes.ts). */
  printPdfEarlier: string;
  printShort: string;
  backToIndex: string;
  /** "Bạn có thể làm gì?" under a criteria page: where to report what the item asks about, and a link to the channels. */
  act: { title: string; text: (index: string) => string; survey: (index: string) => string; link: string };
  previous: string;
  next: string;
  breadcrumb: string;
  indicesCrumb: string;
  pageTitle: (node: string, index: string) => string;
  pageDescription: (node: string, index: string, level: string) => string;
  printTitle: (index: string) => string;
  printTitleFull: (index: string) => string;
  printDescription: (index: string) => string;
  printEdition: string;
  printUrl: string;
  printQr: (url: string) => string;
  printSourceLine: string;
  printNotFoundIntro: string;
  printDropped: string;
  methodDocs: string;
  legalDocsTitle: string;
  verifiedNo: string;
  currentMethod: string;
  noPagesYet: string;
  partOf: string;
  nodeNumber: (level: string, id: string) => string;
}

export const criteriaStrings: Record<'vi' | 'en', CriteriaStrings> = {
  vi: {
    indexName: { papi: 'PAPI', 'par-index': 'PAR INDEX', sipas: 'SIPAS' },
    level: {
      dimension: 'Chỉ số nội dung',
      'sub-dimension': 'Nội dung thành phần',
      indicator: 'Chỉ tiêu',
      domain: 'Lĩnh vực',
      'domain-part': 'Phần',
      criterion: 'Tiêu chí',
      'sub-criterion': 'Tiêu chí thành phần',
      aspect: 'Khía cạnh',
      element: 'Yếu tố',
      content: 'Nội dung',
      service: 'Dịch vụ',
    },
    count: {
      dimensions: 'Chỉ số nội dung',
      'sub-dimensions': 'Nội dung thành phần',
      indicators: 'Chỉ tiêu',
      domains: 'Lĩnh vực',
      criteria: 'Tiêu chí',
      'sub-criteria': 'Tiêu chí thành phần',
      aspects: 'Khía cạnh',
      elements: 'Yếu tố',
      services: 'Lĩnh vực dịch vụ công được khảo sát',
      'total-points': 'Tổng điểm tối đa',
      'survey-points': 'Điểm qua điều tra xã hội học',
    },
    nameStatus: {
      official: 'Tên chính thức',
      translation: 'Bản dịch của trang này',
      secondary: 'Theo nguồn thứ cấp, chưa đối chiếu văn bản gốc',
      'not-found': 'Trang này chưa có tên chính thức',
    },
    otherName: 'Tên tiếng Anh',
    otherLang: 'en',
    years: 'Áp dụng',
    yearsObserved: 'Có trong bảng chỉ tiêu các năm',
    since: (y) => `từ năm ${y}`,
    scale: 'Thang điểm',
    maxPoints: 'Điểm tối đa',
    maxPointsNotFound: 'Điểm tối đa: trang này chưa có.',
    itemCounts: (c, s) =>
      [c !== undefined ? `${c} tiêu chí` : null, s !== undefined ? `${s} tiêu chí thành phần` : null].filter(Boolean).join(', '),
    notFound: 'Trang này chưa có.',
    missingItems: (level, others) => {
      const noun = criteriaStrings.vi.level[level].toLowerCase();
      return others ? `Các ${noun} còn lại: trang này chưa có.` : `Tên và điểm của các ${noun}: trang này chưa có.`;
    },
    spellingCorrected: 'Chính tả đã được trang này sửa; bảng chỉ tiêu chính thức ghi',
    notFoundHint: 'Trang này chưa có nguồn công khai cho nội dung này và không tự viết ra. Văn bản gốc:',
    notFoundTree: 'Trang này chưa có tên các mục của bộ tiêu chí này, chỉ có các con số tổng hợp nêu trên.',
    partialTree: 'Danh sách chưa đầy đủ: trang chỉ nêu những mục đã tìm thấy nguồn.',
    inference: 'Vị trí của mục này trong bộ tiêu chí là suy luận của nhóm biên soạn, chưa có nguồn nào nêu rõ.',
    officialDoc: 'Văn bản gốc',
    officialDocNone: 'Chưa tìm được bản toàn văn công khai của văn bản này.',
    source: 'Nguồn',
    sources: 'Nguồn khác',
    researchNote: 'Ghi chú nguồn (tiếng Anh)',
    haNamResult: (y) => `Kết quả của Hà Nam năm ${y}`,
    measures: 'Đo gì',
    nation: (y) => `Cả nước năm ${y}`,
    nationMean: 'trung bình',
    nationMin: 'thấp nhất',
    nationMax: 'cao nhất',
    onScale: 'thang điểm',
    nationMeaning: (side, near) =>
      `${side === 'above' ? 'Điểm của Hà Nam cao hơn mức trung bình của các tỉnh, thành phố năm đó' : side === 'below' ? 'Điểm của Hà Nam thấp hơn mức trung bình của các tỉnh, thành phố năm đó' : 'Điểm của Hà Nam ngang mức trung bình của các tỉnh, thành phố năm đó'}${near === 'top' ? ', và gần mức của tỉnh cao nhất' : near === 'bottom' ? ', và gần mức của tỉnh thấp nhất' : ''}. Điểm càng cao nghĩa là người dân được hỏi đánh giá càng tốt.`,
    nationMissing: 'Dữ liệu của trang chưa có điểm trung bình, thấp nhất và cao nhất cả nước cho nội dung thành phần này, nên chưa so được điểm của Hà Nam với cả nước.',
    haNamNone: 'Chưa có số liệu của Hà Nam cho mục này.',
    countsTitle: 'Cấu trúc bộ tiêu chí',
    countsCaption: (label) => `Số mục của ${label}`,
    countCol: 'Thành phần',
    valueCol: 'Số lượng',
    sourceCol: 'Nguồn',
    notFoundValue: 'chưa có',
    moreThan: 'hơn',
    inYear: (year) => ` (năm ${year})`,
    byYearTitle: 'Số mục qua các năm',
    byYearCaption: (what) => `Số ${what} áp dụng mỗi năm`,
    yearCol: 'Năm',
    changesTitle: 'Những gì đã thay đổi, theo năm',
    added: (y) => `Thêm từ năm ${y}`,
    dropped: (y) => `Bỏ từ năm ${y}`,
    noChanges: 'Không có thay đổi nào trong giai đoạn này.',
    historyTitle: 'Trước đó',
    historyIntro: 'Các bộ tiêu chí cũ hơn, để đối chiếu. Kết quả của các giai đoạn khác nhau không so sánh trực tiếp được.',
    onThisPage: 'Trên trang này',
    currentSet: 'Bộ tiêu chí hiện hành',
    earlierSets: 'Các bộ tiêu chí trước đây',
    listTitle: (index) => `Các thành phần của ${index}`,
    listIntro: 'Bấm vào từng mục để xem chi tiết, năm áp dụng và kết quả của Hà Nam.',
    print: 'Bản in',
    printFull: 'Bản in đầy đủ',
    printPdf: 'Tải PDF',
    printPdfEarlier: 'Địa chỉ PDF của các phiên bản trước dẫn đến bản này.',
    printShort: 'Bản in rút gọn',
    backToIndex: 'Giới thiệu chỉ số',
    act: {
      title: 'Bạn có thể làm gì?',
      text: () => 'Nếu ở xã, phường nơi bạn sống, bạn gặp đúng điều mà mục này hỏi đến, hãy phản ánh: qua Hệ thống phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia, với Ban Thanh tra nhân dân hoặc với Ủy ban Mặt trận Tổ quốc ở xã, phường.',
      survey: (index) => `Nếu được chọn trả lời khảo sát ${index}, hãy trả lời đúng điều bạn đã trải qua.`,
      link: 'Các kênh phản ánh và cơ quan nào trả lời',
    },
    previous: 'Mục trước',
    next: 'Mục sau',
    breadcrumb: 'Đường dẫn',
    indicesCrumb: 'Các chỉ số',
    pageTitle: (node, index) => `${node} (${index})`,
    pageDescription: (node, index, level) => `${level} “${node}” của ${index}: các mục, năm áp dụng, nguồn và kết quả của Hà Nam.`,
    printTitle: (index) => `Bộ tiêu chí ${index}`,
    printTitleFull: (index) => `Bộ tiêu chí ${index}: bản đầy đủ`,
    printDescription: (index) => `Bộ tiêu chí ${index} trên khổ A4, để in và phát cho người dân; có nguồn, ngày dữ liệu và mã QR của trang.`,
    printEdition: 'Phiên bản dữ liệu',
    printUrl: 'Địa chỉ trang',
    printQr: (url) => `Mã QR dẫn tới ${url}`,
    printSourceLine: 'Nguồn',
    printNotFoundIntro: 'Những mục chưa tìm thấy trong các nguồn công khai:',
    printDropped: 'đã bỏ',
    methodDocs: 'Văn bản quy định phương pháp',
    legalDocsTitle: 'Văn bản liên quan',
    verifiedNo: 'chỉ được nguồn thứ cấp nhắc tới',
    currentMethod: 'hiện hành',
    noPagesYet: 'Chưa có trang chi tiết vì chưa tìm thấy tên các mục.',
    partOf: 'Thuộc',
    nodeNumber: (level, id) => `${level} ${id}`,
  },
  en: {
    indexName: { papi: 'PAPI', 'par-index': 'PAR INDEX', sipas: 'SIPAS' },
    level: {
      dimension: 'Dimension',
      'sub-dimension': 'Sub-dimension',
      indicator: 'Indicator',
      domain: 'Domain',
      'domain-part': 'Part',
      criterion: 'Criterion',
      'sub-criterion': 'Sub-criterion',
      aspect: 'Aspect',
      element: 'Element',
      content: 'Content',
      service: 'Service',
    },
    count: {
      dimensions: 'Dimensions',
      'sub-dimensions': 'Sub-dimensions',
      indicators: 'Indicators',
      domains: 'Domains',
      criteria: 'Criteria',
      'sub-criteria': 'Sub-criteria',
      aspects: 'Aspects',
      elements: 'Elements',
      services: 'Public-service fields surveyed',
      'total-points': 'Maximum total',
      'survey-points': 'Points from the sociological survey',
    },
    nameStatus: {
      official: 'Official name',
      translation: 'Our translation',
      secondary: 'From a secondary source, not checked against the original',
      'not-found': 'No official name on this site yet',
    },
    otherName: 'Vietnamese name',
    otherLang: 'vi',
    years: 'Applies',
    yearsObserved: 'Years in the indicator tables',
    since: (y) => `since ${y}`,
    scale: 'Scale',
    maxPoints: 'Maximum points',
    maxPointsNotFound: 'Maximum points: not on this site yet.',
    itemCounts: (c, s) => [c !== undefined ? `${c} criteria` : null, s !== undefined ? `${s} sub-criteria` : null].filter(Boolean).join(', '),
    notFound: 'Not on this site yet.',
    missingItems: (level, others) => {
      const plural: Partial<Record<Level, string>> = { criterion: 'criteria', 'sub-criterion': 'sub-criteria', element: 'elements', aspect: 'aspects', content: 'contents', indicator: 'indicators' };
      const noun = plural[level] ?? `${criteriaStrings.en.level[level].toLowerCase()}s`;
      return others ? `The other ${noun}: not on this site yet.` : `Names and points of the ${noun}: not on this site yet.`;
    },
    spellingCorrected: 'Spelling corrected by this site; the official workbook prints',
    notFoundHint: 'This site has no public source for this yet, and does not make it up. Original document:',
    notFoundTree: 'This site does not have the names of the items of this set yet, only the totals above.',
    partialTree: 'Partial list: the page shows only the items for which a source was found.',
    inference: 'The placement of this item is the editors’ inference; no source states it.',
    officialDoc: 'Original document',
    officialDocNone: 'No public full text of this document was found.',
    source: 'Source',
    sources: 'Other sources',
    researchNote: 'Source note',
    haNamResult: (y) => `Hà Nam’s result in ${y}`,
    measures: 'What it measures',
    nation: (y) => `All provinces in ${y}`,
    nationMean: 'mean',
    nationMin: 'lowest',
    nationMax: 'highest',
    onScale: 'scale',
    nationMeaning: (side, near) =>
      `${side === 'above' ? 'Hà Nam scored above the mean of the provinces that year' : side === 'below' ? 'Hà Nam scored below the mean of the provinces that year' : 'Hà Nam scored at the mean of the provinces that year'}${near === 'top' ? ', close to the highest province' : near === 'bottom' ? ', close to the lowest province' : ''}. A higher score means the residents surveyed rated it better.`,
    nationMissing: 'The site’s data has no national mean, lowest or highest score for this sub-dimension yet, so Hà Nam’s score cannot be compared with the country.',
    haNamNone: 'No Hà Nam figure for this item.',
    countsTitle: 'Structure of the set',
    countsCaption: (label) => `Number of items: ${label}`,
    countCol: 'Component',
    valueCol: 'Number',
    sourceCol: 'Source',
    notFoundValue: 'not yet available',
    moreThan: 'more than',
    inYear: (year) => ` (in ${year})`,
    byYearTitle: 'Number of items by year',
    byYearCaption: (what) => `${what} applying each year`,
    yearCol: 'Year',
    changesTitle: 'What changed, by year',
    added: (y) => `Added in ${y}`,
    dropped: (y) => `Dropped from ${y}`,
    noChanges: 'No changes in this period.',
    historyTitle: 'Before that',
    historyIntro: 'Older sets, for reference. Results from different periods cannot be compared directly.',
    onThisPage: 'On this page',
    currentSet: 'Current set',
    earlierSets: 'Earlier sets',
    listTitle: (index) => `The components of ${index}`,
    listIntro: 'Open each item for its details, the years it applies and Hà Nam’s result.',
    print: 'Print version',
    printFull: 'Full print version',
    printPdf: 'Download PDF (Vietnamese)',
    printPdfEarlier: 'The PDF addresses of earlier editions lead to this one.',
    printShort: 'Short print version',
    backToIndex: 'About the index',
    act: {
      title: 'What can you do?',
      text: () => 'If you meet what this item asks about in your commune or ward, report it: through the national Public Service Portal’s system for feedback and petitions, to the People’s Inspection Board, or to the Fatherland Front committee of your commune or ward.',
      survey: (index) => `If you are chosen for the ${index} survey, answer with what you have actually experienced.`,
      link: 'The channels, and which body answers',
    },
    previous: 'Previous',
    next: 'Next',
    breadcrumb: 'Breadcrumb',
    indicesCrumb: 'The indices',
    pageTitle: (node, index) => `${node} (${index})`,
    pageDescription: (node, index, level) => `${index} ${level.toLowerCase()} “${node}”: its items, the years they apply, sources and Hà Nam’s result.`,
    printTitle: (index) => `The ${index} criteria`,
    printTitleFull: (index) => `The ${index} criteria: full version`,
    printDescription: (index) => `The ${index} criteria on A4, to print and hand out; with sources, the data edition and a QR code of the page.`,
    printEdition: 'Data edition',
    printUrl: 'Page address',
    printQr: (url) => `QR code linking to ${url}`,
    printSourceLine: 'Source',
    printNotFoundIntro: 'Items not found in public sources:',
    printDropped: 'dropped',
    methodDocs: 'Documents that set the method',
    legalDocsTitle: 'Related documents',
    verifiedNo: 'mentioned only by a secondary source',
    currentMethod: 'current',
    noPagesYet: 'No detail pages yet: the names of the items were not found.',
    partOf: 'Part of',
    nodeNumber: (level, id) => `${level} ${id}`,
  },
};
