/**
 * The words articles are assembled from. Each topic phrase carries one term of data/topics.json for its own topic and
 * none of another's; the filler sentences carry none at all, so the topics an article plants are exactly the ones a
 * perfect extractor finds.
 */

export const TOPIC_PHRASES: Record<string, { vi: string[]; en: string[] }> = {
  demining: {
    vi: ['khắc phục hậu quả bom mìn', 'rà phá bom mìn còn sót lại'],
    en: ['mine action', 'clearing unexploded ordnance'],
  },
  'agent-orange-dioxin': {
    vi: ['khắc phục hậu quả chất độc da cam', 'xử lý dioxin tại sân bay'],
    en: ['dioxin remediation', 'Agent Orange relief'],
  },
  'war-legacy-mia': {
    vi: ['tìm kiếm quân nhân mất tích', 'hợp tác khắc phục hậu quả chiến tranh'],
    en: ['the search for soldiers missing in action', 'addressing war legacies'],
  },
  'maritime-security': {
    vi: ['an ninh biển', 'thực thi pháp luật trên biển'],
    en: ['maritime security', 'freedom of navigation'],
  },
  'south-china-sea': {
    vi: ['duy trì hòa bình, ổn định ở Biển Đông', 'xây dựng Bộ quy tắc ứng xử ở Biển Đông'],
    en: ['upholding peace in the East Sea', 'a code of conduct for the South China Sea'],
  },
  peacekeeping: {
    vi: ['gìn giữ hòa bình Liên hợp quốc', 'tham gia lực lượng gìn giữ hòa bình'],
    en: ['UN peacekeeping', 'peacekeeping operations'],
  },
  'defence-industry': {
    vi: ['công nghiệp quốc phòng', 'chuyển giao công nghệ quốc phòng'],
    en: ['defence industry', 'defence technology'],
  },
  training: { vi: ['đào tạo cán bộ', 'đào tạo tiếng Anh'], en: ['officer training', 'English-language training'] },
  'search-and-rescue': {
    vi: ['tìm kiếm cứu nạn', 'cứu hộ, cứu nạn trên biển'],
    en: ['search and rescue', 'search-and-rescue at sea'],
  },
  'humanitarian-assistance-disaster-relief': {
    vi: ['cứu trợ thảm họa', 'hỗ trợ nhân đạo'],
    en: ['disaster relief', 'disaster response'],
  },
  'cyber-security': {
    vi: ['an ninh mạng', 'bảo đảm an ninh không gian mạng'],
    en: ['cybersecurity', 'cyber security'],
  },
  'counter-terrorism': { vi: ['chống khủng bố'], en: ['counter-terrorism'] },
  'non-proliferation': {
    vi: ['chống phổ biến vũ khí hủy diệt hàng loạt', 'giải trừ quân bị'],
    en: ['non-proliferation', 'disarmament'],
  },
  'covid-19': {
    vi: ['phòng, chống dịch COVID-19', 'hỗ trợ vắc-xin COVID-19'],
    en: ['COVID-19 prevention', 'vaccine support'],
  },
  'delegation-exchange': {
    vi: ['trao đổi đoàn các cấp', 'trao đổi đoàn cấp cao'],
    en: ['delegation exchanges', 'high-level visits'],
  },
  'multilateral-cooperation': {
    vi: ['phối hợp tại các diễn đàn đa phương', 'hợp tác trong khuôn khổ ADMM+'],
    en: ['coordination at multilateral forums', 'cooperation within ADMM-Plus'],
  },
  'naval-port-visits': {
    vi: ['đón tàu hải quân thăm cảng', 'thăm viếng các cảng'],
    en: ['navy ship visits', 'port calls'],
  },
  'military-medicine': { vi: ['quân y', 'y học quân sự'], en: ['military medicine', 'military medical cooperation'] },
};

export interface DocumentKind {
  /** English kind, as data/documents.json names it. */
  en: string;
  /** The document's name in a Vietnamese sentence, with {topic} and {years} slots. */
  vi: string;
  /** The same in an English sentence. */
  enPhrase: string;
}

export const DOCUMENT_KINDS: DocumentKind[] = [
  {
    en: 'Memorandum of understanding',
    vi: 'Bản ghi nhớ về hợp tác {topic}',
    enPhrase: 'a memorandum of understanding on {topic}',
  },
  {
    en: 'Cooperation plan',
    vi: 'Kế hoạch hợp tác quốc phòng giai đoạn {years}',
    enPhrase: 'a defence cooperation plan for {years}',
  },
  { en: 'Minutes', vi: 'Biên bản Đối thoại', enPhrase: 'the minutes of the dialogue' },
  { en: 'Letter of intent', vi: 'Ý định thư về hợp tác {topic}', enPhrase: 'a letter of intent on {topic}' },
];

/** Sentences any report of a dialogue may hold. {P} is the partner, {vn} and {fc} the co-chairs' short forms. */
export const FILLER_VI = [
  'Hai bên đã thông báo cho nhau về tình hình mỗi nước, trao đổi quan điểm về các vấn đề quốc tế và khu vực cùng quan tâm.',
  '{vn} khẳng định Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống với {P} và mong muốn đưa quan hệ quốc phòng đi vào chiều sâu, thực chất, hiệu quả.',
  '{fc} cảm ơn sự đón tiếp chu đáo của phía bạn và đánh giá cao vai trò của Việt Nam trong khu vực.',
  'Hai bên nhất trí rằng các bất đồng cần được giải quyết bằng biện pháp hòa bình, trên cơ sở tôn trọng luật pháp quốc tế.',
  'Thời gian qua, quan hệ quốc phòng Việt Nam - {P} tiếp tục phát triển tích cực, phù hợp với lợi ích của mỗi nước.',
  'Đây là cơ chế quan trọng để hai bên cùng đánh giá kết quả hợp tác và thống nhất phương hướng cho giai đoạn tới.',
  '{vn} đề nghị hai bên tiếp tục duy trì hiệu quả các cơ chế hợp tác hiện có, tăng cường trao đổi thông tin và tham vấn chính sách.',
  'Hai bên cho rằng hợp tác quốc phòng là một trụ cột quan trọng trong quan hệ giữa hai nước.',
  '{fc} nhấn mạnh {P} sẵn sàng chia sẻ kinh nghiệm và tạo điều kiện để hai bên triển khai các nội dung đã thống nhất.',
  'Tại cuộc hội đàm, không khí thẳng thắn, cởi mở và tin cậy lẫn nhau đã được hai bên ghi nhận.',
];

export const FILLER_EN = [
  'The two sides briefed each other on the situation in their countries and exchanged views on regional and international issues of mutual concern.',
  '{vn} said Vietnam values its friendship with {P} and wishes to make defence ties more substantive and effective.',
  '{fc} thanked the Vietnamese side and spoke highly of Vietnam’s role in the region.',
  'Both sides agreed that disputes should be settled by peaceful means on the basis of international law.',
  'Defence ties between Vietnam and {P} have developed steadily in recent years, in the interest of both countries.',
  'The dialogue is an important mechanism for reviewing the results of cooperation and setting its direction for the coming years.',
  '{vn} proposed that both sides maintain the existing cooperation mechanisms and step up policy consultations.',
];

export const VI_NUMBER_WORDS = [
  '',
  'nhất',
  'hai',
  'ba',
  'tư',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
  'mười một',
  'mười hai',
  'mười ba',
  'mười bốn',
  'mười lăm',
];
export const EN_ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
];
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "4th", "11th", "22nd". */
export function ordinalDigits(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}
