/**
 * Documents a sentence says were signed, adopted or are to be signed: "thông qua Kế hoạch hợp tác Quốc phòng
 * 3 năm giai đoạn 2021-2023", "ký Bản tham chiếu về hợp tác công nghiệp quốc phòng", "sớm ký Bản ghi nhớ …".
 */
import { loadDocumentKinds, loadVocabulary } from '../vocabulary/index.js';
import { findMechanisms, findTopics } from './match.js';
import { RecentMemo } from './recent-memo.js';

const documents = { kinds: loadDocumentKinds() };

export interface DocumentMention {
  original: string;
  name: string;
  action: 'signed' | 'adopted' | 'planned';
  /** A past year the sentence gives for the signing ("ký năm 2019"): then it is an earlier event, not this round's. */
  year: number | null;
  /** "kể từ khi ký kết …": an earlier, undated signing. */
  earlier: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KIND_PATTERN = new RegExp(
  `(${documents.kinds
    .flatMap((k) => [...k.vi, ...k.enTerms])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})`,
  'iu',
);
// Not after or before a letter or mark: \p{L}|\p{M} compiles faster than [\p{L}\p{M}] (see WORD_START, ./chairs.ts).
const SIGN = /(?<!\p{L}|\p{M})(?:ký kết|ký|signed|sign|inked)(?!\p{L}|\p{M})/iu;
const ADOPT = /(?<!\p{L})(?:thông qua|adopted|approved|endorsed)(?!\p{L})/iu;
const PLAN =
  /(?<!\p{L})(?:sớm ký|tiến tới ký|sẽ ký|hướng tới ký|mong muốn|đề nghị|will sign|to sign|plan to|look forward)(?!\p{L})/iu;
/**
 * A document is only reported when the sentence says it was signed or adopted, and each of the tests for that
 * (SIGN, ADOPT, "được … ký", "was signed") needs one of these words: without them no document is read, and the
 * slow case-insensitive scan for document kinds is skipped.
 */
const SIGNED_OR_ADOPTED_WORD = /ký|sign|inked|thông qua|adopted|approved|endorsed/iu;
/** Module-level and global: findDocuments resets lastIndex before each scan and nothing inside it scans again. */
const KINDS_IN_SENTENCE = new RegExp(KIND_PATTERN.source, 'giu');
const EARLIER = /(?<!\p{L})(?:kể từ khi|từ khi|since)(?!\p{L})/iu;

function englishName(original: string, kindEn: string): string {
  const topics = findTopics(original).map(
    (t) =>
      loadVocabulary()
        .topics.find((x) => x.key === t.key)
        ?.en.toLowerCase() ?? t.key,
  );
  const period = /(\d{4})\s*[-–]\s*(\d{4})/u.exec(original);
  const years = /(?<!\d)(\d{1,2})\s*năm(?!\s*\d)/u.exec(original) ?? /(?<!\d)(\d{1,2})-year/u.exec(original);
  const defence = /quốc phòng|defen[cs]e/iu.test(original);
  let name = kindEn.toLowerCase();
  const mechanism = findMechanisms(original)[0];
  const forum = mechanism ? loadVocabulary().mechanisms.find((m) => m.key === mechanism.key)?.en : undefined;
  // "Biên bản làm việc Đối thoại Chính sách Quốc phòng": the minutes of that dialogue, not a subject of cooperation.
  if (forum) name = `${name} of the ${forum}`;
  else if (topics.length) name = `${name} on ${topics.join(', ')} cooperation`;
  else if (defence) name = /plan$/.test(name) ? `defence ${name}` : `${name} on defence cooperation`;
  if (years) name = `${years[1]}-year ${name}`;
  if (period) name += ` ${period[1]}–${period[2]}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The document phrase from its kind word to the next clause break. */
function documentPhrase(sentence: string, from: number): string {
  const rest = sentence.slice(from);
  const stop = /[,;.](?!\d)|\s+(?:làm cơ sở|nhằm|giữa hai|được|between|to\s)/u.exec(rest);
  return rest.slice(0, stop ? stop.index : rest.length).trim();
}

/**
 * The documents a sentence names as signed, adopted or planned. A report's sentences about its round are read here for
 * its agreements and again for its dated events: the answers for the last few sentences are remembered
 * (./recent-memo.ts), and each caller gets its own copies.
 */
export function findDocuments(sentence: string): DocumentMention[] {
  return recentDocuments.get(sentence).map((d) => ({ ...d }));
}

/** More than the sentences of a long article. */
const RECENT_SENTENCES = 64;
const recentDocuments = new RecentMemo(RECENT_SENTENCES, readDocuments);

function readDocuments(sentence: string): DocumentMention[] {
  const found: DocumentMention[] = [];
  if (!SIGNED_OR_ADOPTED_WORD.test(sentence)) return found;
  const global = KINDS_IN_SENTENCE;
  global.lastIndex = 0;
  let previous: { at: number; signed: boolean; adopted: boolean } | null = null;
  for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 80), m.index);
    const after = sentence.slice(m.index, m.index + 160);
    // "ký Bản thỏa thuận về … và Thư ý định về …": the second document shares the first one's verb.
    const joined: boolean =
      previous !== null && /^[^.;]*\s(?:và|and)\s+(?:(?:a|an|the)\s+)?$/iu.test(sentence.slice(previous.at, m.index));
    const signed: boolean =
      SIGN.test(before.slice(-40)) ||
      /được[^.;]{0,60}ký/u.test(after) ||
      /\bwas signed|were signed\b/u.test(after) ||
      (joined && previous!.signed);
    const adopted: boolean = ADOPT.test(before.slice(-40)) || (joined && previous!.adopted);
    previous = { at: m.index, signed, adopted };
    if (!signed && !adopted) continue;
    const original = documentPhrase(sentence, m.index);
    if (original.length < 4) continue;
    const kind = documents.kinds.find((k) =>
      [...k.vi, ...k.enTerms].some((t) => t.toLowerCase() === (m![1] ?? '').toLowerCase()),
    );
    const yearAfter = /ký(?:\s+kết)?\s+(?:vào\s+)?(?:năm|tháng\s+\d{1,2}[/-])\s*(\d{4})|signed in (\d{4})/u.exec(after);
    found.push({
      original,
      name: englishName(original, kind?.en ?? 'Document'),
      action: PLAN.test(before.slice(-40)) ? 'planned' : adopted && !signed ? 'adopted' : 'signed',
      year: yearAfter ? Number(yearAfter[1] ?? yearAfter[2]) : null,
      earlier: EARLIER.test(before.slice(-30)),
    });
  }
  return found;
}
