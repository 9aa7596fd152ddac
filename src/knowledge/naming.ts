/** Stable ids and display names for records. */
import { loadVocabulary } from '../vocabulary/index.js';

/** A partner's name from data/partners.json in the reader's language ("Japan", "Nhật Bản"); the code if unknown. */
export function partnerName(code: string, lang: 'en' | 'vi' = 'en'): string {
  const partner = loadVocabulary().partners.find((p) => p.code === code);
  return partner ? (lang === 'en' ? partner.name : partner.nameVi) : code;
}

export function mechanismName(key: string, lang: 'en' | 'vi' = 'en'): string {
  const m = loadVocabulary().mechanisms.find((x) => x.key === key);
  return m ? m[lang] : key;
}

/** "ca-defence-policy-dialogue-1"; a round without a number is named by its date instead. */
export function roundId(partner: string, mechanism: string, round: number | null, date: string | null): string {
  return `${partner.toLowerCase()}-${mechanism}-${round ?? date ?? 'undated'}`;
}
