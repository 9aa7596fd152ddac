/** The words the timeline picture writes, in the user's language (a Vietnamese reader sees no English in it). */
import type { Language } from '../corpus/index.js';

export const PICTURE_WORDS = {
  en: {
    held: 'held',
    mentioned: 'mentioned only',
    planned: 'planned',
    event: 'other event',
    highlighted: 'highlighted',
    coarse: 'bar = month, band = year known',
    inferred: '~ date inferred',
    onOrBefore: '≤ on or before',
    undated: 'no date yet',
  },
  vi: {
    held: 'đã diễn ra',
    mentioned: 'chỉ được nhắc đến',
    planned: 'dự kiến',
    event: 'sự kiện khác',
    highlighted: 'được chọn',
    coarse: 'vạch = biết tháng, dải = biết năm',
    inferred: '~ ngày suy ra',
    onOrBefore: '≤ vào hoặc trước ngày',
    undated: 'chưa rõ ngày',
  },
} satisfies Record<Language, Record<string, string>>;

export type PictureWords = (typeof PICTURE_WORDS)['en'];
