/**
 * Strings of a province formed by the 2025 merger (the new Ninh Bình): what exists from its first day and what does
 * not yet. Kept apart from vi.ts/en.ts. No figure or date is written here; they come from content/data.
 */
import type { Locale } from './index.ts';

export interface NewProvinceStrings {
  existsTitle: string;
  twoLevels: string;
  communes: string;
  portal: string;
  procedures: string;
  regulation: string;
  notYetTitle: string;
  noResults: string;
  noSums: string;
  oldPages: string;
  source: string;
}

export const newProvinceStrings: Record<Locale, NewProvinceStrings> = {
  vi: {
    existsTitle: 'Đã có gì từ năm 2025',
    twoLevels: 'Tỉnh mới có từ ngày {date}, cùng lúc với chính quyền địa phương hai cấp:',
    communes: 'xã, phường của tỉnh bắt đầu hoạt động theo mô hình hai cấp từ ngày đó.',
    portal: 'Tỉnh đóng Cổng Dịch vụ công riêng và chuyển hẳn sang Cổng Dịch vụ công quốc gia.',
    procedures: 'Số thủ tục hành chính tỉnh đang thực hiện, được công khai trên Cổng Dịch vụ công quốc gia:',
    regulation: 'Ủy ban nhân dân tỉnh đã ban hành quy chế quản lý, vận hành hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
    notYetTitle: 'Chưa có gì',
    noResults: 'Trang này chưa có kết quả PAPI, PAR INDEX hay SIPAS nào của tỉnh Ninh Bình mới. Khi các đơn vị chủ trì công bố kết quả cho tỉnh mới, trang sẽ thêm vào, kèm nguồn.',
    noSums: 'Trang không cộng hay lấy trung bình điểm của các tỉnh cũ để tạo ra điểm cho tỉnh mới: không chỉ số nào công bố cách tính như vậy.',
    oldPages: 'Kết quả đến năm 2024 vẫn nằm ở trang của từng tỉnh cũ:',
    source: 'Nguồn',
  },
  en: {
    existsTitle: 'What exists from 2025',
    twoLevels: 'The new province has existed since {date}, together with two-level local government:',
    communes: 'communes and wards of the province began working under the two-level model that day.',
    portal: 'The province closed its own public service portal and moved fully to the National Public Service Portal.',
    procedures: 'Administrative procedures the province handles, published on the National Public Service Portal:',
    regulation: 'The provincial People’s Committee issued rules for managing and running the province’s information system for administrative procedures.',
    notYetTitle: 'What does not exist yet',
    noResults: 'This site has no PAPI, PAR INDEX or SIPAS result for the new Ninh Bình province yet. When the organisers publish results for the new province, the site will add them, with their sources.',
    noSums: 'The site does not add up or average the former provinces’ scores to make one for the new province: no index publishes such a calculation.',
    oldPages: 'Results up to 2024 stay on each former province’s page:',
    source: 'Source',
  },
};
