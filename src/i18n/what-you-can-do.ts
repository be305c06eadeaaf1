/**
 * Strings of the "Bạn có thể làm gì?" box (src/components/WhatYouCanDo.astro), kept apart from vi.ts/en.ts.
 * No figure or date is written here: the date comes from the data, each channel cites the facts behind it.
 */
import type { Locale } from './index.ts';

export interface WhatYouCanDoStrings {
  title: string;
  /** Before and after the date on which the two-level local government began. */
  nowBefore: string;
  nowAfter: string;
  whoAnswers: string;
  channels: { pakn: string; paknLink: string; paknOffline: string; portal: string; inspection: string; front: string };
  channelTitles: { pakn: string; portal: string; inspection: string; front: string };
  history: string;
  sources: string;
  seeAlso: string;
  newProvince: string;
}

export const whatYouCanDoStrings: Record<Locale, WhatYouCanDoStrings> = {
  vi: {
    title: 'Bạn có thể làm gì?',
    nowBefore: 'Từ ngày',
    nowAfter: ', Hà Nam là một phần của tỉnh Ninh Bình mới, và chính quyền địa phương chỉ còn hai cấp:',
    whoAnswers: 'Vì vậy, cơ quan trả lời người dân ở Hà Nam cũ nay là Ủy ban nhân dân tỉnh Ninh Bình và Ủy ban nhân dân xã, phường nơi bạn sống.',
    channelTitles: {
      pakn: 'Gửi phản ánh, kiến nghị qua mạng',
      portal: 'Làm thủ tục hành chính',
      inspection: 'Ban Thanh tra nhân dân ở xã, phường',
      front: 'Mặt trận Tổ quốc',
    },
    channels: {
      pakn: 'Văn phòng Chính phủ lập Hệ thống phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia. Trên điện thoại hay máy tính, bạn có thể gửi phản ánh, theo dõi việc xử lý và nhận câu trả lời.',
      paknLink: 'Gửi phản ánh, kiến nghị',
      paknOffline: 'Phản ánh gửi bằng văn bản, điện thoại hay thư điện tử tới Ủy ban nhân dân tỉnh cũng phải được nhập vào hệ thống này.',
      portal: 'Tỉnh Ninh Bình đã đóng Cổng Dịch vụ công riêng của tỉnh và chuyển hẳn sang Cổng Dịch vụ công quốc gia. Mỗi xã, phường có Trung tâm phục vụ hành chính công để làm thủ tục trực tiếp.',
      inspection: 'Ban Thanh tra nhân dân giám sát việc thực hiện chính sách, pháp luật ở xã, phường, kể cả việc giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh. Thành viên do hội nghị nhân dân ở thôn, tổ dân phố bầu ra. Bạn có thể báo với họ điều bạn thấy chưa đúng.',
      front: 'Mặt trận Tổ quốc tập hợp ý kiến, kiến nghị của nhân dân để gửi tới Đảng và Nhà nước. Ủy ban Mặt trận Tổ quốc chuyển đơn thư của công dân tới cơ quan có thẩm quyền và giám sát việc trả lời.',
    },
    history: 'Các văn bản cũ (ví dụ danh sách nhiệm vụ năm 2022) còn nhắc tới cấp huyện và một số sở nay không còn. Đó là thông tin lịch sử.',
    sources: 'Nguồn',
    seeAlso: 'Xem thêm',
    newProvince: 'Trang tỉnh Ninh Bình mới',
  },
  en: {
    title: 'What can you do?',
    nowBefore: 'Since',
    nowAfter: ', Hà Nam has been part of the new Ninh Bình province, and local government has only two levels:',
    whoAnswers: 'So the bodies that answer residents of former Hà Nam are now the People’s Committee of Ninh Bình province and the People’s Committee of the commune or ward where you live.',
    channelTitles: {
      pakn: 'Send feedback or a petition online',
      portal: 'Administrative procedures',
      inspection: 'The People’s Inspection Board of your commune or ward',
      front: 'The Fatherland Front',
    },
    channels: {
      pakn: 'The Government Office runs a feedback and petition system (“Phản ánh, kiến nghị”) on the National Public Service Portal. From a phone or computer you can send feedback, follow how it is handled and receive the answer.',
      paknLink: 'Send feedback or a petition',
      paknOffline: 'Feedback sent to the provincial People’s Committee on paper, by phone or by email must also be entered into this system.',
      portal: 'Ninh Bình province closed its own public service portal and moved fully to the National Public Service Portal. Each commune and ward has a public administrative service centre where procedures can be done in person.',
      inspection: 'The People’s Inspection Board monitors how policy and law are carried out in the commune or ward, including how complaints, denunciations, petitions and feedback are handled. Its members are elected by the residents’ meeting of each village or neighbourhood. You can tell them what you think is wrong.',
      front: 'The Fatherland Front gathers people’s opinions and petitions and passes them to the Party and the State. Its committees forward citizens’ letters to the competent body and monitor the answers.',
    },
    history: 'Older documents (for example the 2022 task list) name the district level and some departments that no longer exist. That is historical information.',
    sources: 'Sources',
    seeAlso: 'See also',
    newProvince: 'The new Ninh Bình province',
  },
};
