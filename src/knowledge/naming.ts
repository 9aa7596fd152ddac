/** Stable ids and display names for records. */
import { loadVocabulary } from '../vocabulary/index.js';

type Vocabulary = ReturnType<typeof loadVocabulary>;
type PartnerRow = Vocabulary['partners'][number];
type MechanismRow = Vocabulary['mechanisms'][number];

/**
 * The vocabulary's rows by code and by key: every record extracted asks for its partner's name, and a search of the
 * list was a tenth of building an empty record. The first row of a code wins, as the search found it.
 */
const byCode = new WeakMap<Vocabulary, { partners: Map<string, PartnerRow>; mechanisms: Map<string, MechanismRow> }>();

function rows() {
  const vocabulary = loadVocabulary();
  let found = byCode.get(vocabulary);
  if (!found) {
    const partners = new Map<string, PartnerRow>();
    for (const p of vocabulary.partners) if (!partners.has(p.code)) partners.set(p.code, p);
    const mechanisms = new Map<string, MechanismRow>();
    for (const m of vocabulary.mechanisms) if (!mechanisms.has(m.key)) mechanisms.set(m.key, m);
    found = { partners, mechanisms };
    byCode.set(vocabulary, found);
  }
  return found;
}

/** A partner's name from data/partners.json in the reader's language ("Japan", "Nhật Bản"); the code if unknown. */
export function partnerName(code: string, lang: 'en' | 'vi' = 'en'): string {
  const partner = rows().partners.get(code);
  return partner ? (lang === 'en' ? partner.name : partner.nameVi) : code;
}

export function mechanismName(key: string, lang: 'en' | 'vi' = 'en'): string {
  const m = rows().mechanisms.get(key);
  return m ? m[lang] : key;
}

/** "ca-defence-policy-dialogue-1"; a round without a number is named by its date instead. */
export function roundId(partner: string, mechanism: string, round: number | null, date: string | null): string {
  return `${partner.toLowerCase()}-${mechanism}-${round ?? date ?? 'undated'}`;
}
