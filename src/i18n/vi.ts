/** Vietnamese interface strings. Prose lives in content/, not here. */
export const vi = {
  siteName: 'Chỉ số quản trị Hà Nam',
  siteTagline: 'PAPI, PAR INDEX và SIPAS giải thích cho người dân',
  skipToContent: 'Chuyển đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    indices: 'Các chỉ số',
    haNam: 'Hà Nam',
    rankings: 'Xếp hạng',
    charts: 'Biểu đồ',
    glossary: 'Thuật ngữ',
    data: 'Dữ liệu',
    about: 'Giới thiệu',
  },
  search: {
    label: 'Tìm kiếm',
    placeholder: 'Ví dụ: cai cach hanh chinh',
    submit: 'Tìm',
  },
  languageSwitch: { label: 'English', hint: 'Read this page in English', lang: 'en' },
  footer: {
    licence: 'Nội dung và biểu đồ của trang được cấp phép',
    licenceName: 'CC BY 4.0',
    dataCredit: 'Số liệu thuộc về các cơ quan công bố, được ghi nguồn ở từng con số.',
    edition: 'Phiên bản dữ liệu',
    sources: 'Nguồn số liệu',
    about: 'Giới thiệu',
    report: 'Báo lỗi / đề nghị sửa',
    independent: 'Trang độc lập, không phải trang của UNDP, CECODES, MTTQ hay Bộ Nội vụ.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ này không có trên trang. Có thể đường dẫn bị gõ sai hoặc trang đã được chuyển đi.',
    home: 'Về trang chủ',
    search: 'Tìm trong trang',
  },
  value: {
    noData: 'chưa có số liệu',
    computed: 'tính toán',
    source: 'Nguồn',
  },
} as const;
