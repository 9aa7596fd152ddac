/** Which language a question is written in: Vietnamese with or without diacritics, or English. */
import type { Language } from '../../corpus/index.js';
import { cleanName } from '../../knowledge/index.js';
import { cueSets } from './cues.js';

/** Letters only Vietnamese writes (a tone or a vowel mark English never uses). */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

/**
 * The question's language, or null when it gives no sign (a bare name: "Canada"). Diacritics decide at once; without
 * them, the words only one language uses are counted ("doi thoai voi" against "the dialogue with").
 */
export function detectLanguage(question: string): Language | null {
  const { language } = cueSets();
  const words = cleanName(question).split(' ').filter(Boolean);
  let vi = 0;
  let en = 0;
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (language.vi.has(words[i]!) || language.vi.has(pair)) vi++;
    if (language.en.has(words[i]!)) en++;
  }
  // A Vietnamese name typed with its marks inside an English question ("Who is Hoàng Xuân Chiến?") is not enough.
  if (VIETNAMESE_LETTERS.test(question) && vi >= en) return 'vi';
  if (vi === en) return VIETNAMESE_LETTERS.test(question) ? 'vi' : null;
  return vi > en ? 'vi' : 'en';
}
