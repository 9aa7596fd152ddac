/** Labels and sentence pieces in English and Vietnamese; answers build text only through these. */
import type { Language } from '../corpus/types.js';

const LABELS = {
  en: {
    status: 'Status', date: 'Date', venue: 'Venue', format: 'Format', coChairs: 'Co-chairs', topics: 'Topics', documents: 'Documents',
    held: 'held', mentioned: 'mentioned in a later report', planned: 'planned', online: 'online', inPerson: 'in person',
    unknown: 'unknown', rounds: 'Rounds', events: 'Other events', sources: 'Sources', partners: 'Partners', passages: 'Passages',
    round: 'round', outlet: 'Outlet', published: 'Published', article: 'Article', language: 'Language', file: 'File',
    inferred: 'inferred', onOrBefore: 'on or before', between: 'between', and: 'and', corpus: 'Corpus', skipped: 'Skipped files',
    articles: 'articles', none: 'none', firstRound: 'First', latestRound: 'Latest', matches: 'matches',
  },
  vi: {
    status: 'Trạng thái', date: 'Thời gian', venue: 'Địa điểm', format: 'Hình thức', coChairs: 'Đồng chủ trì', topics: 'Chủ đề', documents: 'Văn kiện',
    held: 'đã diễn ra', mentioned: 'được nhắc đến trong bài sau', planned: 'dự kiến', online: 'trực tuyến', inPerson: 'trực tiếp',
    unknown: 'chưa rõ', rounds: 'Các phiên', events: 'Sự kiện khác', sources: 'Nguồn', partners: 'Đối tác', passages: 'Đoạn trích',
    round: 'phiên', outlet: 'Nguồn tin', published: 'Ngày đăng', article: 'Bài viết', language: 'Ngôn ngữ', file: 'Tệp',
    inferred: 'suy luận', onOrBefore: 'trước hoặc vào', between: 'giữa', and: 'và', corpus: 'Kho dữ liệu', skipped: 'Tệp bị bỏ qua',
    articles: 'bài', none: 'không có', firstRound: 'Đầu tiên', latestRound: 'Gần nhất', matches: 'kết quả',
  },
} as const;

export type LabelKey = keyof (typeof LABELS)['en'];

export function label(lang: Language, key: LabelKey): string {
  return LABELS[lang][key];
}
