/**
 * Criteria trees and legal documents from the research (criteria import).
 *
 * Exported API (called by scripts/import-research.ts):
 *
 *   importCriteria(researchDir: string): {
 *     trees: CriteriaTree[];        // one per edition → write each to content/data/criteria/<id>.json
 *     legalDocs: LegalDoc[];        // → content/data/legal-documents.json (merge with any others)
 *     sources: Source[];            // every source the trees and documents cite (merge: same id = same source;
 *                                   //   on a clash keep the lead's record)
 *     periodLinks: Record<periodId, { method_docs: string[]; criteria_trees: string[] }>;
 *                                   // ids of indices.json periods → set Period.method_docs / criteria_trees
 *     manifest: { file; kind: 'json'; rows_read; rows_placed; rows_skipped[] }[];
 *   }
 *   sourceIdForUrl(url)             // re-exported from ./common.ts, so one URL gets one id everywhere
 *
 * Reads only papi-tree.json, criteria.json and criteria-additions.json. Deterministic: same input, same output
 * (no clock, no randomness; arrays in research order). Nothing is invented: a name, count or maximum the research
 * did not find is a node with found:false and a not_found_note, or a count with found:false.
 *
 * Tree ids: papi-2018, papi-2011-2017, par-index-qd-876, par-index-qd-1149, par-index-qd-1150, par-index-qd-2948,
 * sipas-current (QĐ 1001), sipas-2022, sipas-2017-2021 (QĐ 2640).
 * Node ids: PAPI "1", "1.1", "1.1.1" (indicator numbers are ours, in workbook order); PAR/SIPAS "1", "8.a",
 * and "<parent>.tc" for a "criteria not found" placeholder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CriteriaNode, CriteriaTree, LegalDoc, Source } from '../../src/data/schemas.ts';
import { shorten, sourceIdForUrl } from './common.ts';

export { sourceIdForUrl };

export interface CriteriaManifestEntry {
  file: string;
  kind: 'json';
  rows_read: number;
  rows_placed: number;
  rows_skipped: { row: string; reason: string }[];
}

export interface CriteriaImport {
  trees: CriteriaTree[];
  legalDocs: LegalDoc[];
  sources: Source[];
  periodLinks: Record<string, { method_docs: string[]; criteria_trees: string[] }>;
  manifest: CriteriaManifestEntry[];
}

/** The last PAPI edition in the research (README: "PAPI, Hà Nam, 2011–2024"). Sub-dimensions still in the 2023 sheet run to it. */
const PAPI_LAST_YEAR = 2024;

/* ------------------------------------------------------------------ sources */

/** What the research does not say about a source: a readable title, and its date where the research gives one. */
const SOURCE_META: Record<string, { title: string; date?: string; publisher?: string; excerpt?: string }> = {
  'https://papi.org.vn/hoi-dap/?title=papi-do-luong-noi-dung-gi': { title: 'Hỏi đáp: PAPI đo lường nội dung gì?' },
  'https://papi.org.vn/eng/hoi-dap/': { title: 'PAPI FAQ (English)' },
  'http://papi.org.vn/eng/by-province': { title: 'PAPI by province: 2018 provincial profile' },
  'http://origin.papi.org.vn/du-lieu?y=2014': { title: 'Dữ liệu PAPI 2014', date: '2015' },
  'https://fliphtml5.com/vfkvv/ojja/THE_2019_PAPI_REPORT_ENG/67': {
    title: 'The 2019 PAPI Report, p. 67 (Table 3.1)',
    date: '2020-04',
    publisher: 'CECODES, VFF-CRT, RTA và UNDP (báo cáo PAPI)',
  },
  'https://fliphtml5.com/vfkvv/ojrb/THE_2020_PAPI_REPORT_ENG/7': {
    title: 'The 2020 PAPI Report, p. 7 (list of figures)',
    date: '2021-04',
    publisher: 'CECODES, VFF-CRT, RTA và UNDP (báo cáo PAPI)',
  },
  'https://fliphtml5.com/vfkvv/ipje/2023_PAPI_REPORT/103': {
    title: 'The 2023 PAPI Report, p. 103 (Table 3.6)',
    date: '2024-04',
    publisher: 'CECODES, RTA và UNDP (báo cáo PAPI)',
  },
  'https://github.com/HungNT1st/CS571_Project/blob/9d82d38de4e96ea6dbc067d09fa69a59cd65381a/data/PAPI-2015-2023.xlsm': {
    title: 'PAPI-2015-2023.xlsm: bản sao các bảng chỉ tiêu cấp tỉnh của PAPI (2018, 2019, 2022, 2023)',
    publisher: 'Bảng chỉ tiêu cấp tỉnh của PAPI (CECODES, VFF-CRT, RTA, UNDP), bản sao trên GitHub: HungNT1st/CS571_Project',
  },
  'https://github.com/tunah72/papi-dashboard/blob/2e42ab89bd452987a8661c5c60ccf5571bb7a884/notebooks/data_understanding.ipynb': {
    title: 'papi-dashboard: data_understanding.ipynb (bảng 2023PAPI_ProvincialIndicators, sheet 2023_VIE_ENG)',
  },
  'https://github.com/hnks-gh/ml-mcdm': { title: 'ml-mcdm: điểm các nội dung thành phần PAPI theo năm (data/csv/YYYY.csv)' },
  'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610': { title: 'Khóa học: Bộ Chỉ số cải cách hành chính cấp tỉnh (QĐ 2948/QĐ-BNV)' },
  'https://sonoivu.namdinh.gov.vn/van-ban-chinh-sach/quyet-dinh-so-1150qd-bnv-phe-duyet-bo-chi-so-cchc-cac-bo-co-quan-ngang-bo-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-863':
    { title: 'Quyết định số 1150/QĐ-BNV phê duyệt Bộ Chỉ số CCHC các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương' },
  'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-214-KH-UBND-2021-cai-thien-Chi-so-cai-cach-hanh-chinh-PAR-INDEX-tinh-Ha-Giang-483571.aspx':
    { title: 'Kế hoạch 214/KH-UBND năm 2021 cải thiện Chỉ số cải cách hành chính (PAR INDEX) tỉnh Hà Giang', date: '2021-07-23' },
  'https://thuviennhadat.vn/vbpl/ke-hoach-214-kh-ubnd-2021-cai-thien-chi-so-cai-cach-hanh-chinh-par-index-tinh-ha-giang-483571.html': {
    title: 'Kế hoạch 214/KH-UBND năm 2021 cải thiện Chỉ số cải cách hành chính (PAR INDEX) tỉnh Hà Giang',
    date: '2021-07-23',
  },
  'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1845-QD-UBND-2020-Quy-dinh-danh-gia-ket-qua-cai-cach-hanh-chinh-Ha-Giang-456554.aspx': {
    title: 'Quyết định 1845/QĐ-UBND năm 2020 quy định đánh giá kết quả cải cách hành chính, tỉnh Hà Giang',
    date: '2020-10-09',
  },
  'https://ls1.hethongphapluat.com/quyet-dinh-216-qd-ubnd-nam-2018-ve-ke-hoach-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-tinh-nghe-an-nam-2017.html': {
    title: 'Quyết định 216/QĐ-UBND năm 2018 về kế hoạch triển khai xác định Chỉ số cải cách hành chính tỉnh Nghệ An năm 2017',
    date: '2018-01-18',
  },
  'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/43855/tieu-chi-xac-dinh-chi-so-cchc-cap-bo-giai-doan-2022-2030': {
    title: 'Tiêu chí xác định Chỉ số CCHC cấp bộ giai đoạn 2022–2030 (bản tin về Quyết định 876/QĐ-BNV)',
    date: '2022-11',
  },
  'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/34029/huong-dan-tu-danh-gia-chi-so-cai-cach-hanh-chinh-cap-bo-tinh': {
    title: 'Hướng dẫn tự đánh giá Chỉ số cải cách hành chính cấp bộ, cấp tỉnh (Công văn 383, 384/BNV-CCHC)',
    date: '2021-01',
  },
  'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/56987/do-luong-su-hai-long-cua-nguoi-dan-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-tu-2023-2026': {
    title: 'Đo lường sự hài lòng của người dân với sự phục vụ của cơ quan hành chính nhà nước từ 2023–2026 (bản tin về Quyết định 1001/QĐ-BNV)',
    date: '2023-12',
  },
  'https://baochinhphu.vn/print/tieu-chi-xac-dinh-chi-so-cai-cach-hanh-chinh-cap-bo-giai-doan-2022-2030-10222111515102449.htm': {
    title: 'Tiêu chí xác định Chỉ số cải cách hành chính cấp bộ giai đoạn 2022–2030',
    date: '2022-11-16',
  },
  'https://baophapluat.vn/danh-gia-chi-so-cai-cach-hanh-chinh-qua-hai-phuong-phap-post458794.html': { title: 'Đánh giá Chỉ số cải cách hành chính qua hai phương pháp', date: '2022-11' },
  'https://bacninh.gov.vn/news/-/details/20182/quyet-inh-876-q-bnv-cua-bo-noi-vu-phe-duyet-e-an-xac-inh-chi-so-cai-cach-hanh-chinh-cua-cac-bo-co-quan-ngang-bo-ubnd-tinh-thanh-pho-truc-thuoc-trung-uong-giai-oan-2022-2030-42322197':
    { title: 'Quyết định 876/QĐ-BNV của Bộ Nội vụ phê duyệt Đề án xác định Chỉ số cải cách hành chính giai đoạn 2022–2030', date: '2022-11-25' },
  'https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm': { title: 'Quảng Ninh đứng đầu cả 4 chỉ số về cải cách hành chính', date: '2023-04-19' },
  'https://congthuong.vn/ket-qua-chi-so-cai-cach-hanh-chinh-nam-2023-par-index-2023-315337.html': { title: 'Kết quả Chỉ số cải cách hành chính năm 2023 (PAR INDEX 2023)', date: '2024-04' },
  'https://bqlkkt.laocai.gov.vn/tin-tuc-su-kien/cong-bo-chi-so-hai-long-cua-nguoi-dan-sipas-va-chi-so-cai-cach-hanh-chinh-par-index-nam-2020-593157': {
    title: 'Công bố Chỉ số hài lòng của người dân (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) năm 2020',
    date: '2021-06',
  },
  'https://hanam.gov.vn/Pages/cong-bo-chi-so-cai-cach-hanh-chinh-va-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-nam-2021.aspx': {
    title: 'Công bố Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ hành chính năm 2021',
    date: '2022-05',
  },
  'https://hanam.gov.vn/Pages/ha-nam-ban-giai-phap-nang-cao-cac-chi-so-par-index-sipas-va-papi.aspx': { title: 'Hà Nam: Bàn giải pháp nâng cao các chỉ số PAR INDEX, SIPAS và PAPI' },
  'https://vietnamnet.vn/vn/kinh-doanh/dau-tu/ha-tinh-no-luc-nang-cac-chi-so-cai-cach-779670.html': {
    title: 'Hà Tĩnh nỗ lực nâng các chỉ số cải cách',
    date: '2021-10',
    excerpt: 'chỉ số SIPAS của tỉnh đạt 8,92/10 điểm (tỷ lệ 89,13%)',
  },
  'http://sonoivu.hatinh.gov.vn/snv/portal/read/tin-trong-tinh/tintuc/ubnd-tinh-ha-tinh-chi-dao-khac-phuc-han-che-nang-cao-cac-chi-so-par-index-sipas.html': {
    title: 'UBND tỉnh Hà Tĩnh chỉ đạo khắc phục hạn chế, nâng cao các chỉ số PAR INDEX, SIPAS',
    date: '2022-06-24',
    excerpt: 'Chỉ số Hài lòng ... đạt 9,12 điểm, chiếm tỷ lệ 91,17%',
  },
  'https://m.baobinhduong.vn/cong-bo-chi-so-cai-cach-hanh-chinh-2018-va-chi-so-do-luong-su-hai-long-cua-nguoi-dan-a201600.html': {
    title: 'Công bố Chỉ số cải cách hành chính 2018 và Chỉ số đo lường sự hài lòng của người dân',
    date: '2019-05-25',
  },
  'https://en.vietnamplus.vn/justice-ministry-hai-phong-top-par-index-rankings-2021/229174.vnp': { title: 'Justice Ministry, Hai Phong top PAR Index rankings 2021', date: '2022-05-25' },
  'https://www.danangbus.vn/tin-tuc/tin-tuc/cac-chi-so-par-index-papi-sipas-va-nhung-dieu-can-biet-5402.html': { title: 'Các chỉ số PAR INDEX, PAPI, SIPAS và những điều cần biết' },
  'https://sggp.org.vn/tp-hai-phong-dan-dau-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-post638116.html': { title: 'TP Hải Phòng dẫn đầu cả nước về Chỉ số cải cách hành chính', date: '2022-05-25' },
  'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1001-QD-BNV-2023-Phuong-phap-Do-luong-hai-long-nguoi-dan-phuc-vu-co-quan-Nha-nuoc-590186.aspx': {
    title: 'Quyết định 1001/QĐ-BNV năm 2023 ban hành Phương pháp đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023–2026',
    date: '2023-12-11',
    excerpt: 'Ban hành Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 - 2026',
  },
  'https://phapluatcongdong.vn/van-ban/quyet-dinh-1383-qd-bnv-ban-hanh-bo-noi-vu-nam-2012-p234805.htm': { title: 'Quyết định 1383/QĐ-BNV của Bộ Nội vụ năm 2012', date: '2012-12-28' },
  'https://thuvienphapluat.vn/bulletin/document.aspx?bid=2677a27a-b732-4250-a805-255523e0b1a3&key=94i0FLmGa03pGdlFXKBWRw%3D%3D': {
    title: 'Quyết định 915/QĐ-BNV phê duyệt và công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2015',
    date: '2016-04-20',
  },
  'https://ls1.hethongphapluat.com/quyet-dinh-1813-qd-ubnd-nam-2019-phe-duyet-ke-hoach-do-luong-muc-do-hai-long-cua-to-chuc-ca-nhan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-cac-cap-tren-dia-ban-tinh-thai-nguyen-giai-doan-2019-2020.html':
    { title: 'Quyết định 1813/QĐ-UBND năm 2019 phê duyệt kế hoạch đo lường mức độ hài lòng, tỉnh Thái Nguyên, giai đoạn 2019–2020', date: '2019' },
  'https://sonoivu.binhduong.gov.vn/hoat-dong-cai-cach-hanh-chinh/ket-qua-chi-so-hai-long-ve-dich-vu-hanh-chinh-cong-sipas-tinh-binh-duong-nam-2016-286970': {
    title: 'Kết quả Chỉ số hài lòng về dịch vụ hành chính công (SIPAS) tỉnh Bình Dương năm 2016',
  },
  'https://www.binhduong.gov.vn:443/thong-tin-tuyen-truyen/2018/02/465-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-tinh-binh-duong-nam-201': {
    title: 'Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Bình Dương',
    date: '2018-02',
  },
  'https://hoathanh.tayninh.gov.vn/vi/news/cai-cach-hanh-chinh-418/xa-truong-tay-tuyen-truyen-ve-chi-so-hai-long-ve-phuc-vu-hanh-chinh-sipas-7374.html': {
    title: 'Xã Trường Tây tuyên truyền về Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
  },
  'https://luatvietnam.vn/tin-phap-luat/co-quan-hanh-chinh-co-du-cho-ngoi-cho-tieu-chi-nang-su-hai-long-cua-nguoi-dan-230-15688-article.html': {
    title: 'Cơ quan hành chính có đủ chỗ ngồi chờ: tiêu chí nâng sự hài lòng của người dân',
    date: '2017-10',
  },
  'http://luatphapso.com/5-tieu-chi-do-luong-su-hai-long-cua-dan-voi-co-quan-hanh-chinh.html': { title: '5 tiêu chí đo lường sự hài lòng của dân với cơ quan hành chính' },
  'http://trungtamhanhchinhcong.camau.gov.vn/tang-18-bac-chi-so-hai-long-cua-nguoi-dan-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-nam-2022-tinh-ca-mau-xep-thu-363-tinh-thanh-pho.1316':
    { title: 'Tăng 18 bậc Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước năm 2022', date: '2023-04' },
  'https://vietnamnet.vn/en/37-000-households-to-take-part-in-survey-on-administrative-service-quality-2091396.html': {
    title: '37,000 households to take part in survey on administrative service quality',
    date: '2022',
  },
  'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4D89-hd-sipas-la-ten-viet-tat-cua-chi-so-nao-cong-thuc-tinh-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-sipas.html': {
    title: 'SIPAS là tên viết tắt của chỉ số nào? Công thức tính chỉ số hài lòng về sự phục vụ hành chính SIPAS?',
  },
  'https://news.laodong.vn/thoi-su/5-tinh-thap-nhat-ve-chi-so-hai-long-cua-nguoi-dan-voi-co-quan-hanh-chinh-1487593.ldo': {
    title: '5 provinces lowest in people’s satisfaction with administrative agencies',
    date: '2025',
  },
};

/** Readable publishers by host (without www./m.). */
const PUBLISHERS: Record<string, string> = {
  'papi.org.vn': 'PAPI (CECODES, RTA, UNDP)',
  'origin.papi.org.vn': 'PAPI (CECODES, RTA, UNDP)',
  'fliphtml5.com': 'PAPI (CECODES, RTA, UNDP)',
  'thuvienphapluat.vn': 'Thư viện Pháp luật',
  'tintuc.thuvienphapluat.com': 'Thư viện Pháp luật',
  'thuviennhadat.vn': 'Thư viện Nhà đất',
  'phapluatcongdong.vn': 'Pháp luật cộng đồng',
  'ls1.hethongphapluat.com': 'Hệ thống pháp luật Việt Nam',
  'moha.gov.vn': 'Bộ Nội vụ',
  'bonoivu.cls.vn': 'Bộ Nội vụ (hệ thống học trực tuyến)',
  'baochinhphu.vn': 'Báo Điện tử Chính phủ',
  'hanam.gov.vn': 'Cổng thông tin điện tử tỉnh Hà Nam',
  'sonoivu.namdinh.gov.vn': 'Sở Nội vụ tỉnh Nam Định',
  'bqlkkt.laocai.gov.vn': 'Ban Quản lý Khu kinh tế tỉnh Lào Cai',
  'bacninh.gov.vn': 'Cổng thông tin điện tử tỉnh Bắc Ninh',
  'sonoivu.binhduong.gov.vn': 'Sở Nội vụ tỉnh Bình Dương',
  'binhduong.gov.vn': 'Cổng thông tin điện tử tỉnh Bình Dương',
  'sonoivu.hatinh.gov.vn': 'Sở Nội vụ tỉnh Hà Tĩnh',
  'hoathanh.tayninh.gov.vn': 'Cổng thông tin điện tử thị xã Hòa Thành, tỉnh Tây Ninh',
  'trungtamhanhchinhcong.camau.gov.vn': 'Trung tâm Phục vụ hành chính công tỉnh Cà Mau',
  'vietnambiz.vn': 'VietnamBiz',
  'congthuong.vn': 'Báo Công Thương',
  'baophapluat.vn': 'Báo Pháp luật Việt Nam',
  'vietnamnet.vn': 'VietNamNet',
  'en.vietnamplus.vn': 'VietnamPlus (TTXVN)',
  'news.laodong.vn': 'Báo Lao Động',
  'luatvietnam.vn': 'LuatVietnam',
  'luatphapso.com': 'luatphapso.com',
  'danangbus.vn': 'danangbus.vn',
  'baobinhduong.vn': 'Báo Bình Dương',
  'sggp.org.vn': 'Báo Sài Gòn Giải Phóng',
};

const OFFICIAL_HOSTS = new Set([
  'papi.org.vn',
  'origin.papi.org.vn',
  'fliphtml5.com', // the PAPI reports as published by the PAPI team
  'thuvienphapluat.vn',
  'tintuc.thuvienphapluat.com',
  'thuviennhadat.vn',
  'phapluatcongdong.vn',
  'ls1.hethongphapluat.com',
  'bonoivu.cls.vn',
  'baochinhphu.vn',
]);

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^(www|m)\./, '');
}

function publisherOf(url: string): string {
  const host = hostOf(url);
  if (host === 'github.com') {
    const [owner, repo] = new URL(url).pathname.split('/').filter(Boolean);
    return `GitHub: ${owner}/${repo}`;
  }
  if (host === 'huggingface.co') return `Hugging Face: ${new URL(url).pathname.split('/').filter(Boolean).slice(-2).join('/')}`;
  return PUBLISHERS[host] ?? host;
}

function kindOf(url: string): Source['kind'] {
  const host = hostOf(url);
  if (host === 'github.com' || host === 'huggingface.co') return 'dataset';
  if (host.endsWith('.gov.vn') || host === 'gov.vn' || OFFICIAL_HOSTS.has(host)) return 'official';
  return 'press';
}

/** "https://… (sheet 2023)" → "https://…": the research appends notes to some URLs. Null when there is no URL. */
export function cleanUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(https?:\/\/\S+)(?:\s+\(.*\))?\s*$/.exec(raw.trim());
  if (!m?.[1]) return null;
  try {
    new URL(m[1]);
    return m[1];
  } catch {
    return null;
  }
}

class SourceBook {
  private readonly byId = new Map<string, Source>();

  /** Registers the URL (once) and returns its id. The first excerpt given is kept. */
  add(rawUrl: string, excerpt?: string | null): string {
    const url = cleanUrl(rawUrl);
    if (!url) throw new Error(`criteria import: not a URL: ${rawUrl}`);
    const id = sourceIdForUrl(url);
    const existing = this.byId.get(id);
    if (existing) {
      if (existing.excerpt.startsWith('(no excerpt') && excerpt) existing.excerpt = shorten(excerpt, 300);
      return id;
    }
    const meta = SOURCE_META[url];
    const lang: Source['lang'] = /\/(eng?|en)\//.test(url) || hostOf(url) === 'en.vietnamplus.vn' || hostOf(url) === 'fliphtml5.com' ? 'en' : 'vi';
    this.byId.set(id, {
      id,
      title: meta?.title ?? `${publisherOf(url)}: ${decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url)}`,
      publisher: meta?.publisher ?? publisherOf(url),
      url,
      date: meta?.date ?? null,
      excerpt: meta?.excerpt ?? (excerpt ? shorten(excerpt, 300) : '(no excerpt recorded by the research for this page)'),
      kind: kindOf(url),
      lang,
    });
    return id;
  }

  list(): Source[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/* ------------------------------------------------------------ research types */

interface PapiIndicator {
  name_vi: string;
  name_en: string | null;
  scale: string;
  years_in_workbook: string[];
  source_url: string;
  excerpt: string;
  quality: string;
}
interface PapiSub {
  code: string;
  name_vi: string;
  name_en: string | null;
  name_en_workbook: string | null;
  name_en_source: string | null;
  name_vi_variants_by_year: Record<string, string[]>;
  years_in_workbook: string[];
  scale: string;
  source_url: string;
  excerpt: string;
  note?: string;
  other_sources?: { field: string; source_url: string; excerpt: string; quality: string }[];
  indicators: PapiIndicator[];
}
interface PapiDim {
  id: number;
  name_vi: string;
  name_en: string;
  name_vi_source: { source_url: string; excerpt: string };
  name_en_source: { source_url: string; excerpt: string };
  name_workbook: Record<string, string>;
  sub_dimensions: PapiSub[];
}
interface PapiTreeFile {
  provenance: string;
  workbook_copy_url: string;
  crosscheck_url: string;
  counts_from_workbook: Record<string, { sub_dimensions: number; indicators: number }>;
  dimensions: PapiDim[];
}

type Json = Record<string, unknown>;

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;
}

/* -------------------------------------------------------------- name fixes */

/** The workbook's English misspellings → correct spelling. The original stays in name_en_original. */
const TYPOS: [RegExp, string][] = [
  [/Tittle/g, 'Title'],
  [/Reponsiveness/g, 'Responsiveness'],
  [/Opportunties/g, 'Opportunities'],
  [/Communce/g, 'Commune'],
  [/Peope's/g, "People's"],
  [/Sucessful/g, 'Successful'],
  [/Immediatly/g, 'Immediately'],
  [/Acknowdledges/g, 'Acknowledges'],
];

export function fixEnglish(name: string): string {
  return TYPOS.reduce((s, [re, to]) => s.replace(re, to), name);
}

function englishName(raw: string | null): Pick<CriteriaNode, 'name_en' | 'name_en_original'> {
  if (raw === null) return { name_en: null };
  const fixed = fixEnglish(raw);
  return fixed === raw ? { name_en: raw } : { name_en: fixed, name_en_original: raw };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/* ------------------------------------------------------------------- PAPI */

/**
 * Years a 2018+ sub-dimension applies. The workbook was read for 2018, 2019, 2022 and 2023; a sub-dimension in the
 * 2023 sheet runs from its first sheet to the last edition. The one dropped sub-dimension (5.2) is in the 2018 and
 * 2019 sheets, absent from 2022; the sub-dimension data compiled from the official files (hnks-gh/ml-mcdm, see
 * notes-figures.md) still has it in 2020 and no longer from 2021.
 */
const PAPI_SUB_YEARS: Record<string, { years: number[]; note: string }> = {
  '5.2': {
    years: [2018, 2019, 2020],
    note:
      'In the official workbook sheets for 2018 and 2019 (Vietnamese label only) and absent from the 2022 and 2023 sheets. ' +
      'The 2020 and 2021 sheets were not observed; the sub-dimension data compiled from the official data files (hnks-gh/ml-mcdm) has it in 2020 and not from 2021. ' +
      'No official text stating the year it was dropped was found. No English label was found: the English name here is our translation.',
  },
};

/** Scale changes the research states (notes-papi-tree.md §2); scale_text is the latest sheet's. */
const PAPI_SCALE_NOTES: Record<string, string> = {
  '5': 'In 2018–2019 each of the four sub-dimensions was scored 0.25–2.5; from 2022 the remaining three are scored 0.33–3.33.',
  '8': 'In 2018 the dimension had two sub-dimensions, each scored 0.5–5.0; from 2019 three, each scored 0.33–3.33.',
};

function papiYears(sub: PapiSub): number[] {
  const override = PAPI_SUB_YEARS[sub.code];
  if (override) return override.years;
  const seen = sub.years_in_workbook.map(Number);
  const last = Math.max(...seen);
  if (last >= 2023) return range(Math.min(...seen), PAPI_LAST_YEAR);
  return seen;
}

function papi2018Tree(tree: PapiTreeFile, book: SourceBook, ctx: { faqVi: string; enFaq: string }): CriteriaTree {
  const workbook = book.add(tree.workbook_copy_url, 'Copyright @CECODES, VFF-CRT, RTA and UNDP (2023). WWW.PAPI.ORG.VN');
  const crosscheck = book.add(tree.crosscheck_url, 'Civic Knowledge | 1.1: Tri thức công dân | 0.25-2.5 điểm | 1.323925');
  const dataYears = book.add('https://github.com/hnks-gh/ml-mcdm', 'data/csv/YYYY.csv: sub-dimension scores for every province, compiled from the official papi.org.vn data files');

  const nodes: CriteriaNode[] = tree.dimensions.map((d) => {
    const id = String(d.id);
    const viSource = book.add(d.name_vi_source.source_url, d.name_vi_source.excerpt);
    const enSource = book.add(d.name_en_source.source_url, d.name_en_source.excerpt);
    const wbVariants = new Map<string, number[]>();
    for (const [k, v] of Object.entries(d.name_workbook)) {
      const m = /^vi_(\d{4})$/.exec(k);
      if (!m) continue;
      const name = v.replace(/^Chỉ số nội dung \d+:\s*/, '').replace(/\*$/, '').trim();
      if (name === d.name_vi) continue;
      wbVariants.set(name, [...(wbVariants.get(name) ?? []), Number(m[1])].sort());
    }
    const children: CriteriaNode[] = d.sub_dimensions.map((s) => {
      const subSource = book.add(s.source_url, s.excerpt);
      const other = (s.other_sources ?? []).map((o) => book.add(o.source_url, o.excerpt)).filter((o) => o !== subSource);
      const variants = Object.entries(s.name_vi_variants_by_year);
      const years = papiYears(s);
      const en = s.name_en === null ? { name_en: 'Construction Permit Procedures' } : englishName(s.name_en);
      const notes: string[] = [];
      if (s.code in PAPI_SUB_YEARS) notes.push(PAPI_SUB_YEARS[s.code]!.note);
      else if (s.note) notes.push(s.note);
      if (s.name_en && s.name_en_workbook && s.name_en_workbook !== s.name_en) {
        notes.push(`The workbook's English label is "${fixEnglish(s.name_en_workbook)}"; the name here is the one printed in the PAPI report.`);
      }
      if (years.includes(2020) && !s.years_in_workbook.includes('2020')) {
        // nothing: years between observed sheets are filled (see papiYears)
      }
      const node: CriteriaNode = {
        id: s.code,
        level: 'sub-dimension',
        name_vi: s.name_vi,
        ...en,
        name_status: { vi: 'official', en: s.name_en === null ? 'translation' : 'official' },
        ...(variants.length > 1
          ? { name_vi_variants: variants.map(([name, ys]) => ({ name, years: ys.map(Number) })).sort((a, b) => a.years[0]! - b.years[0]!) }
          : {}),
        scale_text: s.scale,
        years,
        found: true,
        source: subSource,
        ...(s.code in PAPI_SUB_YEARS ? { other_sources: [...new Set([...other, dataYears])] } : other.length ? { other_sources: [...new Set(other)] } : {}),
        excerpt: shorten(s.excerpt, 300),
        ...(notes.length ? { note: notes.join(' ') } : {}),
        children: s.indicators.map((ind, i) => {
          const indSource = book.add(ind.source_url, ind.excerpt);
          const enInd = englishName(ind.name_en);
          return {
            id: `${s.code}.${i + 1}`,
            level: 'indicator',
            name_vi: ind.name_vi,
            ...enInd,
            name_status: { vi: 'official', en: ind.name_en === null ? 'not-found' : 'official' },
            scale_text: ind.scale,
            years: ind.years_in_workbook.map(Number),
            found: true,
            source: indSource,
            excerpt: shorten(ind.excerpt.replace(/^verbatim cells:\s*/, ''), 300),
            ...(ind.name_en === null ? { note: 'No English label: the indicator appears only in the 2018–2019 sheets, which print it in Vietnamese only.' } : {}),
          } satisfies CriteriaNode;
        }),
      };
      return node;
    });
    const dimNotes: string[] = [];
    if (wbVariants.size) {
      dimNotes.push(
        `Vietnamese name from the papi.org.vn FAQ; the workbook prints ${[...wbVariants.entries()].map(([n, ys]) => `"${n}" (${ys.join(', ')})`).join(' and ')}.`,
      );
    }
    if (PAPI_SCALE_NOTES[id]) dimNotes.push(PAPI_SCALE_NOTES[id]!);
    return {
      id,
      level: 'dimension',
      name_vi: d.name_vi,
      name_en: d.name_en,
      name_status: { vi: 'official', en: 'official' },
      ...(wbVariants.size ? { name_vi_variants: [...wbVariants.entries()].map(([name, years]) => ({ name, years })) } : {}),
      scale_text: '1–10',
      years: range(2018, PAPI_LAST_YEAR),
      found: true,
      source: viSource,
      other_sources: [...new Set([enSource, workbook].filter((s) => s !== viSource))],
      excerpt: shorten(d.name_vi_source.excerpt, 300),
      ...(dimNotes.length ? { note: dimNotes.join(' ') } : {}),
      children,
    } satisfies CriteriaNode;
  });

  const subCount = nodes.reduce((n, d) => n + (d.children?.length ?? 0), 0);
  const indCount = nodes.reduce((n, d) => n + (d.children ?? []).reduce((m, s) => m + (s.children?.length ?? 0), 0), 0);
  const perYear = Object.entries(tree.counts_from_workbook)
    .map(([y, c]) => `${y}: ${c.sub_dimensions} sub-dimensions, ${c.indicators} indicators`)
    .join('; ');
  return {
    id: 'papi-2018',
    index: 'papi',
    level: 'provincial',
    label_vi: 'Bộ chỉ số PAPI từ năm 2018',
    label_en: 'The PAPI framework from 2018',
    years: { from: 2018, to: null },
    years_note:
      'Sub-dimension years: the official workbook sheets for 2018, 2019, 2022 and 2023, filled between them; 2020, 2021 and 2024 follow the sub-dimension data compiled from the official files. Indicator years list only the workbook sheets read (2018, 2019, 2022, 2023).',
    method_docs: [],
    counts: [
      { what: 'dimensions', value: nodes.length, found: true, source: ctx.faqVi },
      {
        what: 'sub-dimensions',
        value: subCount,
        found: true,
        source: workbook,
        note: `All sub-dimensions used since 2018. In any one year there are 28 or 29: papi.org.vn states 28 (FAQ) and 29 (PAPI vs PCI page). Workbook counts: ${perYear}.`,
      },
      {
        what: 'indicators',
        value: indCount,
        found: true,
        source: workbook,
        note: `Union of the 2018, 2019, 2022 and 2023 workbook sheets. papi.org.vn states "hơn 120 chỉ tiêu" (more than 120) for any one year. ${perYear}.`,
      },
      { what: 'total-points', value: 80, found: true, source: workbook, note: 'The workbook prints the total scale as "10-80 điểm/points"; 8 dimensions of 1–10 each.' },
    ],
    found: true,
    source: workbook,
    note_en:
      `${tree.provenance} Indicator numbers (e.g. 1.1.1) are ours, in workbook order: PAPI does not number its indicators. ` +
      `The workbook's English indicator labels are short variable names, not translations of the Vietnamese. Cross-check: ${crosscheck}.`,
    nodes,
  };
}

function papi2011Tree(criteria: Json, book: SourceBook, ctx: { faqVi: string; dataVi2014: string }): CriteriaTree {
  const p = criteria.PAPI as Json;
  const period = (p.structure_by_period as Json[])[0]!;
  const dims = (p.dimensions as Json[]).filter((d) => Number(String(d.id).replace(/\D/g, '')) <= 6);
  const enFaq = book.add('https://papi.org.vn/eng/hoi-dap/', 'Eight dimensions, 28 sub-dimensions, more than 120 indicators, and more than 550 substantive questions');
  return {
    id: 'papi-2011-2017',
    index: 'papi',
    level: 'provincial',
    label_vi: 'Bộ chỉ số PAPI 2011–2017',
    label_en: 'The PAPI framework, 2011–2017',
    years: { from: 2011, to: 2017 },
    years_note: 'papi.org.vn dates this framework 2009–2017; 2009 and 2010 were pilots, the nationwide survey started in 2011.',
    method_docs: [],
    counts: [
      { what: 'dimensions', value: 6, found: true, source: ctx.faqVi },
      { what: 'sub-dimensions', value: 22, found: true, source: ctx.faqVi },
      { what: 'indicators', value: 90, found: true, qualifier: 'more-than', source: ctx.faqVi, note: 'The old English FAQ says 92.' },
      { what: 'total-points', value: 60, found: true, source: ctx.dataVi2014, note: 'thang điểm từ "6" (giá trị tối thiểu) đến "60" (giá trị tối đa)' },
    ],
    found: true,
    not_found_note:
      'The official wording of the 22 sub-dimensions and the indicator list of 2011–2017 was not found; only secondary labels exist. Comparison of the 2018 results with earlier years is discouraged by PAPI itself.',
    source: ctx.faqVi,
    note_en: shorten(String(period.excerpt ?? ''), 400),
    nodes: dims.map((d) => {
      const n = String(d.id).replace(/\D/g, '');
      return {
        id: n,
        level: 'dimension',
        name_vi: String(d.name_vi),
        name_en: String(d.name_en).replace(/\s*\(short form:.*\)$/, ''),
        name_status: { vi: 'official', en: 'official' },
        scale_text: '1–10',
        years: range(2011, 2017),
        found: true,
        source: ctx.faqVi,
        other_sources: [enFaq],
        excerpt: `${n}. ${String(d.name_vi)}`,
      } satisfies CriteriaNode;
    }),
  };
}

/* -------------------------------------------------------------- PAR INDEX */

const NOT_FOUND_ANNEX_1149 =
  'Names, numbers and maximum points of these criteria under QĐ 1149/QĐ-BNV were not found: the annex (Bảng 2 of QĐ 1149/QĐ-BNV; Phụ lục of Công văn 384/BNV-CCHC) was not available in readable form.';

function placeholder(parentId: string, note: string, source: string, counts?: CriteriaNode['counts']): CriteriaNode {
  return {
    id: `${parentId}.tc`,
    level: 'criterion',
    name_vi: null,
    name_en: null,
    name_status: { vi: 'not-found', en: 'not-found' },
    max_points: null,
    max_points_found: false,
    ...(counts ? { counts } : {}),
    found: false,
    not_found_note: note,
    source,
  };
}

function par2948Tree(criteria: Json, book: SourceBook): CriteriaTree {
  const m = ((criteria.PAR_INDEX as Json).methodologies as Json[])[0]!;
  const src = book.add(String(m.source_url), String(((m.domains as Json[])[2] as Json).excerpt));
  const domains = m.domains as Json[];
  return {
    id: 'par-index-qd-2948',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 2948/QĐ-BNV',
    label_en: 'Provincial PAR INDEX criteria under Decision 2948/QĐ-BNV',
    years: { from: 2017, to: 2017 },
    years_note: 'QĐ 2948/QĐ-BNV (28/12/2017) was used for PAR 2017. Whether PAR 2018 (QĐ 2636/QĐ-BNV, known only from a secondary source) kept this set was not found.',
    method_docs: ['qd-2948-qd-bnv-2017'],
    counts: [
      { what: 'domains', value: 8, found: true, source: src },
      { what: 'criteria', value: 38, found: true, source: src },
      { what: 'sub-criteria', value: 81, found: true, source: src },
      { what: 'total-points', value: 100, found: true, source: src, note: 'Sum of the eight stated domain maxima (computed by the research).' },
    ],
    found: true,
    source: src,
    note_en: String(m.note ?? ''),
    nodes: domains.map((d) => {
      const id = String(d.no);
      return {
        id,
        level: 'domain',
        name_vi: String(d.name_vi),
        name_en: String(d.name_en),
        name_status: { vi: 'official', en: 'translation' },
        max_points: Number(d.max_points),
        max_points_found: true,
        counts: { criteria: Number(d.criteria), sub_criteria: Number(d.sub_criteria) },
        years: [2017],
        found: true,
        source: src,
        excerpt: String(d.excerpt),
        children: [
          placeholder(
            id,
            'Names and points of the individual criteria and sub-criteria of QĐ 2948/QĐ-BNV were not found; the source gives only the counts and the domain maximum.',
            src,
            { criteria: Number(d.criteria), sub_criteria: Number(d.sub_criteria) },
          ),
        ],
      } satisfies CriteriaNode;
    }),
  };
}

function par1150Tree(additions: Json, book: SourceBook): CriteriaTree {
  const chron = additions.PAR_INDEX_decision_chronology as Json[];
  const d = chron.find((c) => String(c.name_vi).startsWith('Quyết định 1150'))!;
  const namDinh = book.add(
    'https://sonoivu.namdinh.gov.vn/van-ban-chinh-sach/quyet-dinh-so-1150qd-bnv-phe-duyet-bo-chi-so-cchc-cac-bo-co-quan-ngang-bo-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-863',
    'Bộ tiêu chí xác định Chỉ số CCHC cấp tỉnh được cấu trúc thành 8 lĩnh vực đánh giá, 43 tiêu chí, 95 tiêu chí thành phần',
  );
  return {
    id: 'par-index-qd-1150',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 1150/QĐ-BNV',
    label_en: 'Provincial PAR INDEX criteria under Decision 1150/QĐ-BNV',
    years: { from: 2019, to: 2019 },
    method_docs: ['qd-1150-qd-bnv-2019'],
    counts: [
      { what: 'domains', value: 8, found: true, source: namDinh },
      { what: 'criteria', value: 43, found: true, source: namDinh },
      { what: 'sub-criteria', value: 95, found: true, source: namDinh },
    ],
    found: false,
    not_found_note: 'The names of the domains and criteria of the provincial set under QĐ 1150/QĐ-BNV, and their maximum points, were not found: the attachment on the Nam Định page was not available.',
    source: namDinh,
    note_en: String(d.note ?? ''),
    nodes: [],
  };
}

function par1149Tree(additions: Json, book: SourceBook, criteria: Json): CriteriaTree {
  const p = additions.PAR_INDEX_provincial_2021 as Json;
  const counts = p.counts as Json;
  const laoCai = book.add(String(counts.source_url), String(counts.excerpt));
  const domains = p.domains as Json[];
  const haNam = book.add(String((domains[0] as Json).source_url), String((domains[0] as Json).excerpt));
  const seedPage = book.add(
    'https://hanam.gov.vn/Pages/ha-nam-ban-giai-phap-nang-cao-cac-chi-so-par-index-sipas-va-papi.aspx',
    '03/43 tiêu chí không có điểm (gồm: Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ công ích; Mức độ thu hút đầu tư của tỉnh; Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND tỉnh giao)',
  );
  const binhDuong2019 = book.add(
    'https://m.baobinhduong.vn/cong-bo-chi-so-cai-cach-hanh-chinh-2018-va-chi-so-do-luong-su-hai-long-cua-nguoi-dan-a201600.html',
    'mức độ thu hút đầu tư, tỷ lệ doanh nghiệp thành lập mới và thu ngân sách Nhà nước của tỉnh cũng được đưa vào tiêu chí đánh giá kết quả Chỉ số cải cách hành chính',
  );
  const seeds = ((criteria.PAR_INDEX as Json).seed_criteria_ha_nam_2021 as Json[]).map((s) => ({
    name_vi: String(s.name_vi),
    name_en: String(s.name_en),
  }));
  const seedNode = (id: string, s: { name_vi: string; name_en: string }, note: string, other: string[]): CriteriaNode => ({
    id,
    level: 'criterion',
    name_vi: s.name_vi,
    name_en: s.name_en,
    name_status: { vi: 'official', en: 'translation' },
    max_points: null,
    max_points_found: false,
    years: [2020, 2021],
    found: true,
    inference: true,
    source: seedPage,
    ...(other.length ? { other_sources: other } : {}),
    excerpt: 'Hà Nam 2021: one of "03/43 tiêu chí không có điểm" (three of 43 criteria scored zero).',
    note,
  });

  const nameFix = (n: string): string => n.replace(/\s*\((?:tại tỉnh|as reported:.*)\)\s*$/, '').trim();
  const nodes: CriteriaNode[] = domains.map((d) => {
    const id = String(d.domain_no);
    const src = Array.isArray(d.source_url) ? book.add(String(d.source_url[0]), String(d.excerpt)) : book.add(String(d.source_url), String(d.excerpt));
    const others = Array.isArray(d.source_url) ? (d.source_url as string[]).slice(1).map((u) => book.add(u)) : [];
    const base: CriteriaNode = {
      id,
      level: 'domain',
      name_vi: nameFix(String(d.name_vi)),
      name_en: String(d.name_en).replace(/\s*\(translation\)\s*$/, ''),
      name_status: { vi: id === '8' ? 'secondary' : 'official', en: 'translation' },
      max_points: null,
      max_points_found: false,
      years: [2020, 2021],
      found: true,
      source: src,
      ...(others.length ? { other_sources: others } : {}),
      excerpt: String(d.excerpt),
      ...(d.note ? { note: `${String(d.note)} Domain names as printed in Hà Nam's official 2021 results article, not from the MoHA annex.` } : { note: "Domain name as printed in Hà Nam's official 2021 results article, not from the MoHA annex." }),
    };
    if (id === '8') {
      const parts = d.sub_components as Json[];
      const kt = parts.find((x) => String(x.name_vi).includes('kinh tế'))!;
      const sipas = parts.find((x) => String(x.name_vi).includes('SIPAS'))!;
      const sipasSources = (sipas.source_url as string[]).map((u) => book.add(u, String(sipas.excerpt)));
      base.name_vi = 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh';
      base.note =
        'Wording of domain 8 in the QĐ 2948 set ("Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế xã hội của tỉnh"), with CCHC spelled out; Hà Nam\'s 2021 results article reports its two parts separately.';
      base.children = [
        {
          id: '8.a',
          level: 'domain-part',
          name_vi: 'Tác động của cải cách hành chính đến phát triển kinh tế - xã hội',
          name_en: 'Impact on provincial socio-economic development',
          name_status: { vi: 'official', en: 'translation' },
          max_points: null,
          max_points_found: false,
          years: [2020, 2021],
          found: true,
          source: haNam,
          excerpt: String(kt.excerpt),
          children: [
            seedNode('8.a.1', seeds[1]!, String(kt.note ?? ''), [binhDuong2019]),
            seedNode(
              '8.a.2',
              seeds[2]!,
              'Placed here by inference only: no source states the domain or maximum points of this criterion. Hà Nam scored zero on it in 2021 (seed article); its whole socio-economic impact part was 3 points.',
              [],
            ),
            placeholder('8.a', NOT_FOUND_ANNEX_1149, laoCai),
          ],
        },
        {
          id: '8.b',
          level: 'domain-part',
          name_vi: 'Tác động của cải cách hành chính đến người dân, tổ chức (Chỉ số SIPAS)',
          name_en: 'Impact on citizens and organisations (SIPAS component)',
          name_status: { vi: 'official', en: 'translation' },
          max_points: null,
          max_points_found: false,
          years: [2020, 2021],
          found: true,
          source: haNam,
          other_sources: sipasSources.filter((s) => s !== haNam),
          excerpt: String(sipas.excerpt),
          note: 'Reported as points out of 10 (Hà Tĩnh: "8,92/10 điểm" for PAR 2020; "9,12 điểm, chiếm tỷ lệ 91,17%" for PAR 2021). No rule text stating the maximum was found.',
        },
      ];
      return base;
    }
    const children: CriteriaNode[] = [];
    if (id === '3') {
      children.push(
        seedNode(
          '3.1',
          seeds[0]!,
          'Placed in domain 3 by inference from its subject only (it implements QĐ 45/2016/QĐ-TTg on receiving and returning files through the public postal service): no source states its domain or maximum points. Hà Nam scored zero on it in 2021.',
          [],
        ),
      );
    }
    children.push(placeholder(id, NOT_FOUND_ANNEX_1149, laoCai));
    base.children = children;
    return base;
  });

  return {
    id: 'par-index-qd-1149',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 1149/QĐ-BNV (PAR INDEX 2020, 2021)',
    label_en: 'Provincial PAR INDEX criteria under Decision 1149/QĐ-BNV (PAR INDEX 2020, 2021)',
    years: { from: 2020, to: 2021 },
    method_docs: ['qd-1149-qd-bnv-2020', 'cv-384-bnv-cchc-2021'],
    counts: [
      { what: 'domains', value: 8, found: true, source: laoCai },
      { what: 'criteria', value: 43, found: true, source: laoCai, note: 'Hà Nam\'s own page on the 2021 results also counts 43 criteria ("22/43 tiêu chí").' },
      {
        what: 'sub-criteria',
        value: 102,
        found: true,
        source: laoCai,
        note: 'Single source (Lào Cai, article on PAR 2020). The count of 95 seen elsewhere belongs to QĐ 1150/QĐ-BNV (PAR 2019).',
      },
      { what: 'total-points', value: 100, found: true, source: laoCai },
      { what: 'survey-points', value: 33.5, found: true, source: laoCai, note: 'Includes the SIPAS component (about 10 points); the breakdown of the rest was not found.' },
    ],
    found: true,
    not_found_note: String(additions.PAR_INDEX_provincial_2021 ? (p as Json).domain_maxima_note ?? '' : ''),
    source: laoCai,
    note_en:
      'Domain names as printed in Hà Nam\'s official 2021 results (hanam.gov.vn), which sum to its PAR 2021 total. Per-domain maximum points, the 43 criteria and the 102 sub-criteria were not found. The three criteria on which Hà Nam scored zero in 2021 are known by name only; their placement is inferred.',
    nodes,
  };
}

function par876Tree(additions: Json, book: SourceBook, criteria: Json): CriteriaTree {
  const c = (additions.PAR_INDEX_provincial_876 as Json).counts as Json;
  const urls = c.source_url as string[];
  const biz = book.add(urls[0]!, String(c.excerpt));
  const ct = book.add(urls[1]!, String(c.excerpt).split('congthuong (PAR 2023 summary report): ')[1] ?? String(c.excerpt));
  const ministerial = ((criteria.PAR_INDEX as Json).methodologies as Json[])[2]!.ministerial as Json;
  const mDomains = (ministerial.domains as Json[]).map((d) => `${String(d.name_vi)} (${String(d.criteria)}/${String(d.sub_criteria)})`).join('; ');
  return {
    id: 'par-index-qd-876',
    index: 'par-index',
    level: 'provincial',
    label_vi: 'Bộ chỉ số cải cách hành chính cấp tỉnh theo Quyết định 876/QĐ-BNV (từ PAR INDEX 2022)',
    label_en: 'Provincial PAR INDEX criteria under Decision 876/QĐ-BNV (from PAR INDEX 2022)',
    years: { from: 2022, to: null },
    years_note: 'QĐ 876/QĐ-BNV covers 2022–2030 and replaced QĐ 1149/QĐ-BNV on 10/11/2022.',
    method_docs: ['qd-876-qd-bnv-2022'],
    counts: [
      { what: 'domains', value: 8, found: true, source: biz },
      { what: 'criteria', value: 37, found: true, source: biz },
      { what: 'sub-criteria', value: 88, found: true, source: biz },
      { what: 'total-points', value: 100, found: true, source: biz },
      { what: 'survey-points', value: 32, found: true, source: biz, note: 'Also in MoHA\'s PAR 2023 summary as reproduced by Báo Công Thương.' },
    ],
    found: false,
    not_found_note:
      'The names of the eight provincial domains under QĐ 876/QĐ-BNV, their maximum points and their criteria were not found in any retrieved source (Bảng 2 of the decision was not available). Only the counts are known.',
    source: biz,
    note_en: `For comparison only, the ministerial set under QĐ 876 has 7 domains, 38 criteria and 97 sub-criteria, 31.50 survey points: ${mDomains}. Its names were not copied to the provincial set. Other source: ${ct}.`,
    nodes: [],
  };
}

/* ------------------------------------------------------------------ SIPAS */

function sipas2640Tree(criteria: Json, additions: Json, book: SourceBook): CriteriaTree {
  const sa = (additions.SIPAS_additions as Json).QD_2640_2017_2020 as Json;
  const official = additions.QD_2640_elements_official_wording as Json | undefined;
  const off = (official ?? ((additions.SIPAS_additions as Json).QD_2640_elements_official_wording as Json)) as Json;
  const bd = book.add(String(off.source_url), String(off.excerpt));
  const el = sa.elements as Json;
  const elUrls = el.source_url as string[];
  const tayNinh = book.add(elUrls[0]!, String(el.excerpt));
  const luatVn = book.add(elUrls[1]!, String((sa.criteria_22 as Json).excerpt).split(' (luatvietnam)')[0]);
  const luatPhapSo = book.add(((sa.criteria_22 as Json).source_url as string[])[1]!, String((sa.criteria_22 as Json).excerpt).split('luatphapso: ')[1] ?? undefined);
  const laoCai = book.add(String((sa.scope_2020 as Json).source_url), String((sa.scope_2020 as Json).excerpt));
  const m2021 = (additions.SIPAS_additions as Json).method_used_for_SIPAS_2021 as Json;
  const hatinh = book.add((m2021.source_url as string[])[0]!, String(m2021.excerpt).split('; vietnamnet')[0]);
  const vnnEn = book.add((m2021.source_url as string[])[1]!, 'The design of the questionnaire and the way of selecting samples in 2022 differ from that of previous years.');

  // Official wording from the Bình Dương portal; the longer first element name from criteria.json.
  const officialNames = String(off.excerpt)
    .replace(/^.*bao gồm:\s*/, '')
    .replace(/\.$/, '')
    .split(/;\s*/)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const elements = (criteria.SIPAS as Json).elements_2017_2020 as Json[];
  const examples: Record<string, string> = {
    '1': 'Examples named by the press: waiting seats ("nơi ngồi chờ"), equipment serving citizens ("trang thiết bị").',
    '2': 'Examples named by the press: full and accurate public listing of the required documents and the time limit ("công khai đầy đủ, chính xác thành phần hồ sơ", "thời hạn giải quyết").',
    '3': 'Examples named by the press: civil servants are polite, listen, and are attentive ("lịch sự, biết lắng nghe, tận tình, chu đáo").',
  };
  return {
    id: 'sipas-2017-2021',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Phương pháp đo lường SIPAS theo Quyết định 2640/QĐ-BNV (2017–2021)',
    label_en: 'SIPAS method under Decision 2640/QĐ-BNV (2017–2021)',
    years: { from: 2017, to: 2021 },
    years_note:
      'QĐ 2640/QĐ-BNV covers 2017–2020. No document names the method of SIPAS 2021; that it still used these five elements is an inference (Hà Tĩnh reports SIPAS 2021 by these elements; the 2022 survey was redesigned).',
    method_docs: ['qd-2640-qd-bnv-2017'],
    counts: [
      { what: 'elements', value: 5, found: true, source: bd },
      { what: 'criteria', value: 22, found: true, source: luatVn, note: 'The list of the 22 criteria was not found.' },
      { what: 'services', value: 16, found: true, source: laoCai, note: 'Fields of public service covered in SIPAS 2020.' },
    ],
    found: true,
    not_found_note: 'The 22 criteria of QĐ 2640/QĐ-BNV were not found: only the five elements and a few examples named by the press. The score formula was not found either.',
    source: bd,
    note_en: `Each element is measured on three contents: perception (nhận định), satisfaction (sự hài lòng) and expectation (sự mong đợi). Evidence for 2021: ${hatinh}, ${vnnEn}.`,
    nodes: elements.map((e, i) => {
      const id = String(e.no);
      const name = officialNames[i] ?? String(e.name_vi);
      const longer = String(e.name_vi) !== name ? String(e.name_vi) : null;
      return {
        id,
        level: 'element',
        name_vi: name,
        name_en: String(e.name_en),
        name_status: { vi: 'official', en: 'translation' },
        years: range(2017, 2021),
        found: true,
        source: bd,
        other_sources: [tayNinh],
        excerpt: shorten(String(off.excerpt), 300),
        ...(longer ? { name_vi_variants: [{ name: longer, years: [2017] }], note: `Also written "${longer}" (summary of QĐ 2640).` } : {}),
        children: [
          placeholder(
            id,
            `The criteria of this element (22 in all across the five elements) were not found.${examples[id] ? ` ${examples[id]}` : ''}`,
            examples[id] ? luatPhapSo : luatVn,
          ),
        ],
      } satisfies CriteriaNode;
    }),
  };
}

function sipas2022Tree(additions: Json, book: SourceBook): CriteriaTree {
  const s = additions.SIPAS_2022_structure as Json | undefined;
  const x = (s ?? ((additions.SIPAS_additions as Json).SIPAS_2022_structure as Json)) as Json;
  const cm = book.add(String(x.source_url), String(x.excerpt));
  const policyElements = ['Trách nhiệm giải trình của cơ quan', 'Sự tham gia của người dân', 'Chất lượng chính sách', 'Kết quả, tác động'];
  const policyEn = ['Accountability of the agency', 'Citizen participation', 'Quality of policy', 'Results and impact'];
  return {
    id: 'sipas-2022',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Cấu trúc đo lường SIPAS năm 2022',
    label_en: 'The SIPAS 2022 design',
    years: { from: 2022, to: 2022 },
    years_note: 'The 2022 survey was redesigned; no decision naming this design was found (QĐ 1001/QĐ-BNV dates from 11/12/2023).',
    method_docs: [],
    counts: [{ what: 'aspects', value: 3, found: true, source: cm }],
    found: true,
    source: cm,
    note_en: String(x.note ?? ''),
    nodes: [
      {
        id: '1',
        level: 'aspect',
        name_vi: 'Ban hành, tổ chức thực hiện chính sách',
        name_en: 'Issuing and implementing policy',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        excerpt: '(1) Ban hành, tổ chức thực hiện chính sách … 04 yếu tố … (1) Trách nhiệm giải trình của cơ quan; (2) sự tham gia của người dân; (3) chất lượng chính sách; (4) kết quả, tác động.',
        children: policyElements.map((n, i) => ({
          id: `1.${i + 1}`,
          level: 'element',
          name_vi: n,
          name_en: policyEn[i]!,
          name_status: { vi: 'official', en: 'translation' },
          years: [2022],
          found: true,
          source: cm,
        })),
      },
      {
        id: '2',
        level: 'aspect',
        name_vi: 'Cung ứng dịch vụ hành chính công',
        name_en: 'Delivering public administrative services',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        children: [placeholder('2', 'The source names 5 elements for this aspect, but its list is cut off: the elements were not found.', cm)],
      },
      {
        id: '3',
        level: 'aspect',
        name_vi: 'Cung ứng dịch vụ công cơ bản, thiết yếu',
        name_en: 'Delivering basic, essential public services',
        name_status: { vi: 'official', en: 'translation' },
        years: [2022],
        found: true,
        source: cm,
        children: [placeholder('3', 'The elements of this aspect were not found.', cm)],
      },
    ],
  };
}

function sipas1001Tree(additions: Json, book: SourceBook): CriteriaTree {
  const q = (additions.SIPAS_additions as Json).QD_1001_2023_2026 as Json;
  const nd = q.nhan_dinh_criteria_verbatim as Json;
  const bulletin = book.add(String(nd.source_url), String(nd.excerpt));
  const a2 = q.aspect_2 as Json;
  const fullText = book.add(
    'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1001-QD-BNV-2023-Phuong-phap-Do-luong-hai-long-nguoi-dan-phuc-vu-co-quan-Nha-nuoc-590186.aspx',
    'Ban hành Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 - 2026',
  );
  const ac = q.access_contents_2024 as Json;
  const laodong = book.add(String(ac.source_url), String(ac.excerpt));
  const en = q.english_name_official as Json;
  const enName = book.add(String(en.source_url), String(en.excerpt));
  const verbatim = String(nd.excerpt)
    .split(/;\s*-\s*|^-\s*/)
    .map((t) => t.trim().replace(/\.$/, ''))
    .filter(Boolean);
  const criteriaEn = [
    'How closely people follow public policies',
    'Information channels people use to follow public policies',
    'How suitable the ways of accessing information on public policies are',
    'How ready people are to give their views to state agencies on public policies',
    'Perception of civil servants causing trouble or harassment while handling administrative procedures',
    'Perception of having to give civil servants money beyond what is required while handling administrative procedures',
    'How suitable the ways of submitting files and receiving results are',
    'People’s experience of public policies, public administrative services and basic, essential public services',
  ];
  return {
    id: 'sipas-current',
    index: 'sipas',
    level: 'provincial',
    label_vi: 'Phương pháp đo lường SIPAS giai đoạn 2023–2026 theo Quyết định 1001/QĐ-BNV',
    label_en: 'SIPAS method for 2023–2026 under Decision 1001/QĐ-BNV',
    years: { from: 2023, to: 2026 },
    method_docs: ['qd-1001-qd-bnv-2023'],
    counts: [
      { what: 'aspects', value: 3, found: true, source: fullText },
      { what: 'criteria', value: null, found: false, source: bulletin, note: 'Only the eight criteria of the first aspect were found; the criteria of the other two aspects and the total were not.' },
    ],
    found: true,
    not_found_note:
      'Partial: the eight criteria of aspect 1 are known verbatim; the criteria of aspects 2 and 3, the indicator list and the score formula (annex of QĐ 1001/QĐ-BNV) were not found. Press reports say the SIPAS 2024 questionnaire had 42 indicators on opinions and assessments, 51 on satisfaction and 10 on needs and expectations.',
    source: fullText,
    note_en: `Official English name: "Satisfaction Index of Public Administrative Services" (${enName}). In the 2024 report access was measured on 3 contents and administrative procedures on 4 (${laodong}).`,
    nodes: [
      {
        id: '1',
        level: 'aspect',
        name_vi: 'Nhận định, đánh giá của người dân',
        name_en: 'People’s opinions and assessments',
        name_status: { vi: 'official', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: bulletin,
        other_sources: [fullText],
        excerpt: '(1) Nhận định, đánh giá của người dân',
        children: verbatim.map((t, i) => ({
          id: `1.${i + 1}`,
          level: 'criterion',
          name_vi: t.charAt(0).toUpperCase() + t.slice(1),
          name_en: criteriaEn[i] ?? null,
          name_status: { vi: 'official', en: criteriaEn[i] ? 'translation' : 'not-found' },
          years: range(2023, 2026),
          found: true,
          source: bulletin,
          excerpt: shorten(t, 300),
        })),
      },
      {
        id: '2',
        level: 'aspect',
        name_vi: 'Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước',
        name_en: 'People’s satisfaction with the service of state administrative agencies',
        name_status: { vi: 'official', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: bulletin,
        excerpt: shorten(String(a2.excerpt), 300),
        children: [
          {
            id: '2.1',
            level: 'content',
            name_vi: 'Sự hài lòng đối với chính sách công',
            name_en: 'Satisfaction with public policy',
            name_status: { vi: 'secondary', en: 'translation' },
            years: range(2023, 2026),
            found: true,
            source: bulletin,
            note: 'The source\'s sentence is cut off after "Đo lường sự hài lòng của ngườ[i dân …]"; the two contents are named in a summary of QĐ 1001 (paraphrase).',
          },
          {
            id: '2.2',
            level: 'content',
            name_vi: 'Sự hài lòng đối với dịch vụ hành chính công',
            name_en: 'Satisfaction with public administrative services',
            name_status: { vi: 'secondary', en: 'translation' },
            years: range(2023, 2026),
            found: true,
            source: bulletin,
          },
          placeholder('2', 'The criteria under the two contents of aspect 2 were not found (annex of QĐ 1001/QĐ-BNV not retrieved).', fullText),
        ],
      },
      {
        id: '3',
        level: 'aspect',
        name_vi: 'Nhu cầu, mong đợi của người dân',
        name_en: 'People’s needs and expectations',
        name_status: { vi: 'secondary', en: 'translation' },
        years: range(2023, 2026),
        found: true,
        source: fullText,
        note: 'Named "(3) Nhu cầu, mong đợi" in a summary of QĐ 1001 (paraphrase).',
        children: [placeholder('3', 'The criteria of aspect 3 were not found (annex of QĐ 1001/QĐ-BNV not retrieved).', fullText)],
      },
    ],
  };
}

/* ---------------------------------------------------------- legal documents */

interface DocSpec {
  id: string;
  kind: LegalDoc['kind'];
  number: string;
  date: string | null;
  date_note?: string;
  issuer: 'bnv' | 'cp' | 'ttg';
  title_vi: string;
  title_en: string;
  indices: LegalDoc['indices'];
  role_vi?: string;
  role_en?: string;
  url?: string;
  source: { url: string; excerpt: string };
  verified: boolean;
  note?: string;
  /** Where the research states it (JSON pointer into a research file). */
  from: string;
}

const ISSUERS = {
  bnv: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  cp: { vi: 'Chính phủ', en: 'Government of Viet Nam' },
  ttg: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
} as const;

const DANANGBUS = 'https://www.danangbus.vn/tin-tuc/tin-tuc/cac-chi-so-par-index-papi-sipas-va-nhung-dieu-can-biet-5402.html';
const TVPL_1001 = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1001-QD-BNV-2023-Phuong-phap-Do-luong-hai-long-nguoi-dan-phuc-vu-co-quan-Nha-nuoc-590186.aspx';
const TVPL_43855 = 'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/43855/tieu-chi-xac-dinh-chi-so-cchc-cap-bo-giai-doan-2022-2030';

const DOCS: DocSpec[] = [
  {
    id: 'nq-30c-nq-cp-2011',
    kind: 'nghi-quyet',
    number: '30c/NQ-CP',
    date: '2011-11-08',
    issuer: 'cp',
    title_vi: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011–2020',
    title_en: 'Master programme for state administrative reform, 2011–2020',
    indices: ['par-index', 'sipas'],
    role_vi: 'Đặt mục tiêu sự hài lòng của người dân, doanh nghiệp đạt trên 80% vào năm 2020.',
    role_en: 'Set the target of more than 80% satisfaction by 2020.',
    source: {
      url: 'https://sonoivu.binhduong.gov.vn/hoat-dong-cai-cach-hanh-chinh/ket-qua-chi-so-hai-long-ve-dich-vu-hanh-chinh-cong-sipas-tinh-binh-duong-nam-2016-286970',
      excerpt: 'Nghị quyết 30c/NQ-CP ngày 08/11/2011: bảo đảm sự hài lòng … đạt mức trên 80% vào năm 2020',
    },
    verified: true,
    from: 'criteria.json#/legal_documents/1',
  },
  {
    id: 'nq-76-nq-cp-2021',
    kind: 'nghi-quyet',
    number: '76/NQ-CP',
    date: '2021-07-15',
    issuer: 'cp',
    title_vi: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030',
    title_en: 'Master programme for state administrative reform, 2021–2030',
    indices: ['par-index', 'sipas'],
    source: { url: TVPL_1001, excerpt: '' },
    verified: true,
    from: 'criteria.json#/legal_documents/3',
  },
  {
    id: 'qd-1294-qd-bnv-2012',
    kind: 'quyet-dinh',
    number: '1294/QĐ-BNV',
    date: '2012-12-03',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    title_en: 'Approving the scheme to determine the PAR INDEX of ministries, ministerial-level agencies and provincial People’s Committees',
    indices: ['par-index'],
    role_vi: 'Đề án đầu tiên về Chỉ số cải cách hành chính.',
    role_en: 'The first PAR INDEX scheme.',
    source: { url: DANANGBUS, excerpt: 'Chỉ số PAR INDEX được ban hành đầu tiên tại Quyết định số 1294/QĐ-BNV ngày 3/12/2012' },
    verified: false,
    note: 'Mentioned only by a secondary source; the title is inferred from the later decisions of the same name.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/0',
  },
  {
    id: 'qd-4361-qd-bnv-2016',
    kind: 'quyet-dinh',
    number: '4361/QĐ-BNV',
    date: '2016-12-28',
    issuer: 'bnv',
    title_vi: 'Quyết định của Bộ Nội vụ về Chỉ số cải cách hành chính năm 2016',
    title_en: 'Ministry of Home Affairs decision on the PAR INDEX for 2016',
    indices: ['par-index'],
    source: { url: DANANGBUS, excerpt: 'năm 2016 (Quyết định số 4361/QĐ-BNV ngày 28/12/2016)' },
    verified: false,
    note: 'Mentioned only by a secondary source; its title was not found.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/1',
  },
  {
    id: 'qd-2948-qd-bnv-2017',
    kind: 'quyet-dinh',
    number: '2948/QĐ-BNV',
    date: '2017-12-28',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"',
    title_en: 'Approving the scheme "Determining the PAR INDEX of ministries, ministerial-level agencies and provincial People’s Committees"',
    indices: ['par-index'],
    role_vi: 'Phương pháp của Chỉ số cải cách hành chính năm 2017: cấp tỉnh gồm 8 lĩnh vực.',
    role_en: 'Method of the 2017 PAR INDEX: eight domains at provincial level.',
    source: {
      url: 'https://ls1.hethongphapluat.com/quyet-dinh-216-qd-ubnd-nam-2018-ve-ke-hoach-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-tinh-nghe-an-nam-2017.html',
      excerpt:
        'Căn cứ Quyết định số 2948/QĐ-BNV ngày 28/12/2017 của Bộ Nội vụ phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương”',
    },
    verified: true,
    note: 'The date comes from Nghệ An\'s QĐ 216/QĐ-UBND (18/01/2018), which cites it; the first research pass had not found it.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/2',
  },
  {
    id: 'qd-2636-qd-bnv-2018',
    kind: 'quyet-dinh',
    number: '2636/QĐ-BNV',
    date: '2018-12-10',
    issuer: 'bnv',
    title_vi: 'Quyết định của Bộ Nội vụ về Chỉ số cải cách hành chính năm 2018',
    title_en: 'Ministry of Home Affairs decision on the PAR INDEX for 2018',
    indices: ['par-index'],
    source: { url: DANANGBUS, excerpt: 'năm 2018 (Quyết định số 2636/QĐ-BNV ngày 10/12/2018)' },
    verified: false,
    note: 'Mentioned only by a secondary source; its title was not found.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/3',
  },
  {
    id: 'qd-1150-qd-bnv-2019',
    kind: 'quyet-dinh',
    number: '1150/QĐ-BNV',
    date: '2019-12-30',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"',
    title_en: 'Approving the scheme "Determining the PAR INDEX of ministries, ministerial-level agencies and provincial People’s Committees"',
    indices: ['par-index'],
    role_vi: 'Phương pháp của Chỉ số cải cách hành chính năm 2019.',
    role_en: 'Method of the 2019 PAR INDEX.',
    url: 'https://sonoivu.namdinh.gov.vn/van-ban-chinh-sach/quyet-dinh-so-1150qd-bnv-phe-duyet-bo-chi-so-cchc-cac-bo-co-quan-ngang-bo-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-863',
    source: {
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1845-QD-UBND-2020-Quy-dinh-danh-gia-ket-qua-cai-cach-hanh-chinh-Ha-Giang-456554.aspx',
      excerpt:
        'Căn cứ Quyết định số 1150/QĐ-BNV ngày 30/12/2019 của Bộ Nội vụ phê duyệt Đề án "xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương"',
    },
    verified: true,
    note: 'Not a conflict with 1149: two decisions one year apart (1150 of 30/12/2019 for PAR 2019; 1149 of 30/12/2020 for PAR 2020 and 2021). The Nam Định page publishing 1150 gives the provincial counts 8 domains, 43 criteria, 95 sub-criteria.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/4',
  },
  {
    id: 'qd-1149-qd-bnv-2020',
    kind: 'quyet-dinh',
    number: '1149/QĐ-BNV',
    date: '2020-12-30',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    title_en: 'Approving the scheme to determine the PAR INDEX of ministries, ministerial-level agencies and provincial People’s Committees',
    indices: ['par-index'],
    role_vi: 'Phương pháp của Chỉ số cải cách hành chính năm 2020 và 2021 (kết quả năm 2021 của Hà Nam). Bị Quyết định 876/QĐ-BNV thay thế từ ngày 10/11/2022.',
    role_en: 'Method of the 2020 and 2021 PAR INDEX (Hà Nam\'s 2021 result). Replaced by Decision 876/QĐ-BNV from 10 November 2022.',
    source: {
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-214-KH-UBND-2021-cai-thien-Chi-so-cai-cach-hanh-chinh-PAR-INDEX-tinh-Ha-Giang-483571.aspx',
      excerpt:
        'Căn cứ Quyết định số 1149/QĐ-BNV ngày 30/12/2020 của Bộ trưởng Bộ Nội vụ Phê duyệt Đề án xác định chỉ số Cải cách hành chính',
    },
    verified: true,
    note: 'Earlier research read Nam Định\'s heading "1150/QĐ-BNV" as a conflicting number for the same decision; the second pass found two decisions one year apart. The provincial counts for 1149 (43 criteria, 102 sub-criteria, 33.5 survey points) rest on a single source.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/5',
  },
  {
    id: 'cv-384-bnv-cchc-2021',
    kind: 'cong-van',
    number: '384/BNV-CCHC',
    date: '2021-01-28',
    issuer: 'bnv',
    title_vi: 'Hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số cải cách hành chính cấp tỉnh',
    title_en: 'Guidance on self-assessment and scoring for the provincial PAR INDEX',
    indices: ['par-index'],
    role_vi: 'Phụ lục kèm theo có bảng chấm điểm từng tiêu chí, tiêu chí thành phần cấp tỉnh (chưa tìm được bản đọc được).',
    role_en: 'Its annex holds the scoring table for each provincial criterion and sub-criterion (not retrieved in readable form).',
    source: {
      url: 'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/34029/huong-dan-tu-danh-gia-chi-so-cai-cach-hanh-chinh-cap-bo-tinh',
      excerpt:
        'Bộ Nội vụ hướng dẫn tự đánh giá, chấm điểm để xác định Chỉ số cải cách hành chính (CCHC) cấp bộ, cấp tỉnh tại Công văn 383/BNV-CCHC và Công văn 384/BNV-CCHC',
    },
    verified: true,
    note: 'Issued together with Công văn 383/BNV-CCHC for ministries.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/6',
  },
  {
    id: 'qd-641-qd-bnv-2021',
    kind: 'quyet-dinh',
    number: '641/QĐ-BNV',
    date: '2021-05-25',
    issuer: 'bnv',
    title_vi: 'Phê duyệt và công bố Chỉ số cải cách hành chính năm 2020',
    title_en: 'Approving and announcing the 2020 PAR INDEX',
    indices: ['par-index'],
    source: {
      url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-214-KH-UBND-2021-cai-thien-Chi-so-cai-cach-hanh-chinh-PAR-INDEX-tinh-Ha-Giang-483571.aspx',
      excerpt: 'Quyết định 641/QĐ-BNV ngày 25/5/2021 (phê duyệt và công bố Chỉ số CCHC năm 2020)',
    },
    verified: true,
    from: 'criteria.json#/legal_documents/7',
  },
  {
    id: 'qd-876-qd-bnv-2022',
    kind: 'quyet-dinh',
    number: '876/QĐ-BNV',
    date: '2022-11-10',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" giai đoạn 2022–2030',
    title_en: 'Approving the scheme "Determining the PAR INDEX of ministries, ministerial-level agencies and provincial People’s Committees", 2022–2030',
    indices: ['par-index'],
    role_vi: 'Phương pháp hiện hành của Chỉ số cải cách hành chính, từ kết quả năm 2022; có hiệu lực từ ngày ký và thay thế Quyết định 1149/QĐ-BNV.',
    role_en: 'Current PAR INDEX method, from the 2022 results; in force from signing, replacing Decision 1149/QĐ-BNV.',
    source: { url: TVPL_43855, excerpt: 'Quyết định 876/QĐ-BNV có hiệu lực từ ngày 10/11/2022 và thay thế Quyết định 1149/QĐ-BNV ngày 30/12/2020.' },
    verified: true,
    note: 'No page reproducing the full text (with Bảng 2, the provincial set) was found; the sources are bulletins and press summaries.',
    from: 'criteria-additions.json#/PAR_INDEX_decision_chronology/7',
  },
  {
    id: 'qd-1383-qd-bnv-2012',
    kind: 'quyet-dinh',
    number: '1383/QĐ-BNV',
    date: '2012-12-28',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án "Xây dựng Phương pháp đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"',
    title_en: 'Approving the scheme "Building a method to measure the satisfaction of citizens and organisations with the service of state administrative agencies"',
    indices: ['sipas'],
    role_vi: 'Phương pháp đo lường sự hài lòng đầu tiên (2012–2016), khảo sát 6 dịch vụ.',
    role_en: 'The first satisfaction-measurement method (2012–2016), surveying six services.',
    url: 'https://phapluatcongdong.vn/van-ban/quyet-dinh-1383-qd-bnv-ban-hanh-bo-noi-vu-nam-2012-p234805.htm',
    source: {
      url: 'https://phapluatcongdong.vn/van-ban/quyet-dinh-1383-qd-bnv-ban-hanh-bo-noi-vu-nam-2012-p234805.htm',
      excerpt: 'Quyết định 1383/QĐ-BNV ngày 28/12/2012: Đề án "Xây dựng Phương pháp đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"',
    },
    verified: true,
    note: 'Signed by Nguyễn Tiến Dĩnh.',
    from: 'criteria.json#/legal_documents/9',
  },
  {
    id: 'qd-915-qd-bnv-2016',
    kind: 'quyet-dinh',
    number: '915/QĐ-BNV',
    date: '2016-04-20',
    issuer: 'bnv',
    title_vi: 'Phê duyệt và công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2015',
    title_en: 'Approving and announcing the 2015 satisfaction index',
    indices: ['sipas'],
    url: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=2677a27a-b732-4250-a805-255523e0b1a3&key=94i0FLmGa03pGdlFXKBWRw%3D%3D',
    source: {
      url: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=2677a27a-b732-4250-a805-255523e0b1a3&key=94i0FLmGa03pGdlFXKBWRw%3D%3D',
      excerpt: 'Quyết định 915/QĐ-BNV ngày 20/4/2016: Phê duyệt và công bố Chỉ số hài lòng … năm 2015',
    },
    verified: true,
    note: 'Signed by Nguyễn Trọng Thừa.',
    from: 'criteria.json#/legal_documents/10',
  },
  {
    id: 'qd-2640-qd-bnv-2017',
    kind: 'quyet-dinh',
    number: '2640/QĐ-BNV',
    date: '2017-10-10',
    issuer: 'bnv',
    title_vi: 'Phê duyệt Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2017–2020',
    title_en: 'Approving the scheme to measure the satisfaction of citizens and organisations with the service of state administrative agencies, 2017–2020',
    indices: ['sipas'],
    role_vi: 'Phương pháp SIPAS 2017–2020 (và, theo suy luận, năm 2021): 5 yếu tố, 22 tiêu chí.',
    role_en: 'SIPAS method for 2017–2020 (and, by inference, 2021): five elements, 22 criteria.',
    source: {
      url: 'https://www.binhduong.gov.vn:443/thong-tin-tuyen-truyen/2018/02/465-do-luong-su-hai-long-cua-nguoi-dan-to-chuc-doi-voi-su-phuc-vu-cua-co-quan-hanh-chinh-nha-nuoc-tinh-binh-duong-nam-201',
      excerpt:
        'Các yếu tố của phiếu khảo sát cơ bản theo quy định tại Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ Nội vụ đánh giá chung bao gồm: Tiếp cận dịch vụ hành chính công; thủ tục hành chính; công chức trực tiếp giải quyết công việc; …',
    },
    verified: true,
    note: 'The title is as summarised by the sources; no page reproducing the full text was found.',
    from: 'criteria.json#/legal_documents/11',
  },
  {
    id: 'qd-979-qd-bnv-2020',
    kind: 'quyet-dinh',
    number: '979/QĐ-BNV',
    date: '2020-11-18',
    issuer: 'bnv',
    title_vi:
      'Phê duyệt Đề án "Hệ thống ứng dụng công nghệ thông tin đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2021–2030"',
    title_en: 'Approving the scheme for an IT system to assess administrative reform and measure citizen satisfaction, 2021–2030',
    indices: ['par-index', 'sipas'],
    source: { url: TVPL_1001, excerpt: '' },
    verified: true,
    from: 'criteria.json#/legal_documents/13',
  },
  {
    id: 'qd-1001-qd-bnv-2023',
    kind: 'quyet-dinh',
    number: '1001/QĐ-BNV',
    date: '2023-12-11',
    issuer: 'bnv',
    title_vi: 'Ban hành Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023–2026',
    title_en: 'Issuing the method to measure citizen satisfaction with the service of state administrative agencies, 2023–2026',
    indices: ['sipas'],
    role_vi: 'Phương pháp SIPAS hiện hành (2023–2026); có hiệu lực từ ngày ký.',
    role_en: 'Current SIPAS method (2023–2026); in force from signing.',
    url: TVPL_1001,
    source: {
      url: TVPL_1001,
      excerpt: 'Ban hành Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 - 2026',
    },
    verified: true,
    note: 'No SIPAS decision numbered 3094/QĐ-BNV was found. The annex with the indicator list and the score formula was not retrieved.',
    from: 'criteria.json#/legal_documents/15',
  },
];

/** Research documents left out, with the reason (reported in the manifest). */
const SKIPPED_DOCS: { row: string; reason: string }[] = [
  { row: 'criteria.json#/legal_documents/0', reason: 'PAPI: no legal document establishes it (research: "not found"); recorded as such on the PAPI tree, not as a document' },
  { row: 'criteria.json#/legal_documents/2', reason: 'Quyết định 225/QĐ-TTg (2016): the research gives no source URL for it' },
  { row: 'criteria.json#/legal_documents/12', reason: 'Công văn 5606/BNV-CCHC (2017): no source URL and no date in the research ("earlier research pass")' },
  { row: 'criteria.json#/legal_documents/14', reason: 'Quyết định 433/QĐ-BNV: no URL and no date; the research marks it "not verified"' },
];

function buildDocs(book: SourceBook): LegalDoc[] {
  return DOCS.map((d) => {
    const source = book.add(d.source.url, d.source.excerpt);
    const issuer = ISSUERS[d.issuer];
    return {
      id: d.id,
      kind: d.kind,
      number: d.number,
      date: d.date,
      ...(d.date_note ? { date_note: d.date_note } : {}),
      issuer_vi: issuer.vi,
      issuer_en: issuer.en,
      title_vi: d.title_vi,
      title_en: d.title_en,
      indices: d.indices,
      ...(d.role_vi ? { role_vi: d.role_vi } : {}),
      ...(d.role_en ? { role_en: d.role_en } : {}),
      url: d.url ?? null,
      source,
      verified: d.verified,
      ...(d.note ? { note: d.note } : {}),
    } satisfies LegalDoc;
  });
}

/* -------------------------------------------------------------- the import */

function countNodes(nodes: CriteriaNode[]): number {
  return nodes.reduce((n, x) => n + 1 + countNodes(x.children ?? []), 0);
}

export function importCriteria(researchDir: string): CriteriaImport {
  const book = new SourceBook();
  const papiTreeFile = readJson<PapiTreeFile>(researchDir, 'papi-tree.json');
  const criteria = readJson<Json>(researchDir, 'criteria.json');
  const additions = readJson<Json>(researchDir, 'criteria-additions.json');

  const faqVi = book.add(
    'https://papi.org.vn/hoi-dap/?title=papi-do-luong-noi-dung-gi',
    'Từ năm 2018, Chỉ số PAPI bao gồm 8 chỉ số nội dung, 28 nội dung thành phần và hơn 120 chỉ tiêu cụ thể',
  );
  const enFaq = book.add('https://papi.org.vn/eng/hoi-dap/', 'Eight dimensions, 28 sub-dimensions, more than 120 indicators, and more than 550 substantive questions');
  const dataVi2014 = book.add('http://origin.papi.org.vn/du-lieu?y=2014', 'Chỉ số PAPI tổng hợp … được cân chỉnh theo thang điểm từ "6" (giá trị tối thiểu) đến "60" (giá trị tối đa)');

  const legalDocs = buildDocs(book);
  const trees: CriteriaTree[] = [
    papi2018Tree(papiTreeFile, book, { faqVi, enFaq }),
    papi2011Tree(criteria, book, { faqVi, dataVi2014 }),
    par876Tree(additions, book, criteria),
    par1149Tree(additions, book, criteria),
    par1150Tree(additions, book),
    par2948Tree(criteria, book),
    sipas1001Tree(additions, book),
    sipas2022Tree(additions, book),
    sipas2640Tree(criteria, additions, book),
  ];

  const docIds = new Set(legalDocs.map((d) => d.id));
  for (const t of trees) for (const d of t.method_docs) if (!docIds.has(d)) throw new Error(`criteria import: tree ${t.id} cites unknown document ${d}`);

  const periodLinks: CriteriaImport['periodLinks'] = {
    'papi-2011-2017': { method_docs: [], criteria_trees: ['papi-2011-2017'] },
    'papi-2018': { method_docs: [], criteria_trees: ['papi-2018'] },
    'par-index-2012-2019': {
      method_docs: ['qd-1294-qd-bnv-2012', 'qd-4361-qd-bnv-2016', 'qd-2948-qd-bnv-2017', 'qd-2636-qd-bnv-2018', 'qd-1150-qd-bnv-2019'],
      criteria_trees: ['par-index-qd-2948', 'par-index-qd-1150'],
    },
    'par-index-2020-2021': { method_docs: ['qd-1149-qd-bnv-2020', 'cv-384-bnv-cchc-2021'], criteria_trees: ['par-index-qd-1149'] },
    'par-index-2022': { method_docs: ['qd-876-qd-bnv-2022'], criteria_trees: ['par-index-qd-876'] },
    'sipas-2017': {
      method_docs: ['qd-2640-qd-bnv-2017', 'qd-1001-qd-bnv-2023'],
      criteria_trees: ['sipas-2017-2021', 'sipas-2022', 'sipas-current'],
    },
    'pci-2005': { method_docs: [], criteria_trees: [] },
    'pci-2017': { method_docs: [], criteria_trees: [] },
  };

  const papiRows = papiTreeFile.dimensions.reduce((n, d) => n + 1 + d.sub_dimensions.reduce((m, s) => m + 1 + s.indicators.length, 0), 0);
  const papiPlaced = countNodes(trees[0]!.nodes);
  const legalRead = (criteria.legal_documents as unknown[]).length;
  const manifest: CriteriaManifestEntry[] = [
    { file: 'papi-tree.json', kind: 'json', rows_read: papiRows, rows_placed: papiPlaced, rows_skipped: [] },
    {
      file: 'criteria.json',
      kind: 'json',
      // legal documents, PAPI 2011–2017 dimensions, PAR 2948 domains, seed criteria, SIPAS 2640 elements
      rows_read: legalRead + 6 + 8 + 3 + 5,
      rows_placed: legalRead - SKIPPED_DOCS.length + 6 + 8 + 3 + 5,
      rows_skipped: SKIPPED_DOCS,
    },
    {
      file: 'criteria-additions.json',
      kind: 'json',
      // PAR chronology (8), PAR 2021 counts + 8 domains, PAR 876 counts, SIPAS 2640 elements/criteria, 2022 design, QĐ 1001 (criteria, aspect 2)
      rows_read: 8 + 1 + 8 + 1 + 2 + 1 + 2,
      rows_placed: 8 + 1 + 8 + 1 + 2 + 1 + 2,
      rows_skipped: [],
    },
  ];

  return { trees, legalDocs, sources: book.list(), periodLinks, manifest };
}
