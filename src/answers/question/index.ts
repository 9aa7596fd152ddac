/**
 * `ask "<question>"` and `/ask`: a question in words is parsed (./parse.ts) into what is asked and about what, then
 * answered from the knowledge table; passage search is the fallback for what the table cannot answer, and says so.
 * The question's language is the answer's language; the caller's language is the default when the question gives no sign.
 */
import type { Language } from '../../corpus/index.js';
import { answerAbout } from '../about.js';
import type { AnswerQuestion } from '../api.js';
import { notice } from '../compose.js';
import { answerDialogue } from '../dialogue.js';
import type { Library } from '../library.js';
import { messages } from '../messages/index.js';
import { answerPartners } from '../partners.js';
import { answerSearch } from '../search.js';
import { answerTimeline } from '../timeline.js';
import { answerTopic } from '../topic.js';
import type { Answer } from '../types.js';
import {
  answerEnds,
  answerFormatAcross,
  answerHighest,
  answerMost,
  answerNumberAcross,
  answerPeople,
  answerPeriod,
  answerPlace,
  answerTopicAcross,
} from './across.js';
import { answerCall } from './calls.js';
import { answerMostChairs } from './chairs.js';
import { answerDocumentsAcross } from './documents.js';
import { nameOf, type ParsedQuestion, parseQuestion } from './parse.js';
import { answerCompare, answerCount, answerPartnerTopic, answerRound } from './partner.js';

export { parseQuestion, type ParsedQuestion } from './parse.js';
export { detectLanguage } from './language.js';

/** Fields that make a name in the question a person asked about: "Has Lloyd Austin ever met …?". */
const PERSON_FIELDS = ['who', 'meet'] as const;

/** Fields that ask about one round (or the rounds of one partner). */
const ROUND_FIELDS = ['who', 'when', 'where', 'format', 'signed', 'topics', 'number'] as const;

function choose(lib: Library, q: ParsedQuestion, lang: Language): Answer | null {
  const codes = q.partners.map((p) => p.code);
  // A courtesy call, a reception or a visit is not a round: answered from the sentence that reports it.
  if (q.fields.has('call')) return answerCall(lib, q, lang);
  if (q.people.length || (q.unknownPeople.length && PERSON_FIELDS.some((f) => q.fields.has(f))))
    return answerPeople(lib, q, lang);
  if (q.fields.has('most') && q.fields.has('who')) return answerMostChairs(lib, q, lang);
  if (q.fields.has('highest')) return answerHighest(lib, q, lang);
  if (q.fields.has('most') && codes.length !== 1) return answerMost(lib, q, lang);
  if (codes.length > 1) return answerCompare(lib, codes, q, lang);
  if (codes.length === 1) {
    const code = codes[0]!;
    if (q.fields.has('timeline') && !q.round)
      return answerTimeline(lib, { partner: code, ...(q.topic ? { topic: q.topic } : {}) }, { lang });
    // "What did they sign on search and rescue?" asks for documents, not whether the topic came up.
    if (q.topic && !q.fields.has('signed')) return answerPartnerTopic(lib, code, q, lang);
    if (q.fields.has('count')) return answerCount(lib, code, q, lang);
    if (q.round || q.mechanism || q.period || ROUND_FIELDS.some((f) => q.fields.has(f)))
      return answerRound(lib, code, q, lang);
    return answerDialogue(lib, { partner: code, round: 'all' }, { lang });
  }
  if (q.place) return answerPlace(lib, q, lang);
  if (q.fields.has('timeline') && !q.period) return answerTimeline(lib, q.topic ? { topic: q.topic } : {}, { lang });
  if (q.fields.has('signed') && !q.round) return answerDocumentsAcross(lib, q, lang);
  if (q.topic) return q.period ? answerTopicAcross(lib, q, lang) : answerTopic(lib, { topic: q.topic }, { lang });
  if (q.fields.has('format')) return answerFormatAcross(lib, q, lang);
  if (q.fields.has('most') || (q.fields.has('count') && !q.period)) return answerMost(lib, q, lang);
  if (q.period) return answerPeriod(lib, q, lang);
  if (q.round?.kind === 'first' || q.round?.kind === 'latest') return answerEnds(lib, q, lang, q.round.kind);
  if (q.round?.kind === 'number') return answerNumberAcross(lib, q, lang, q.round.round);
  if (q.fields.has('which-partners')) return answerPartners(lib, {}, { lang });
  return null;
}

/** "Showing Canada for 'canda'." when the parser read through a typo. */
function understood(q: ParsedQuestion, lang: Language): string | undefined {
  if (!q.corrections.length) return undefined;
  const words = messages(lang).questions;
  return words.showing(q.corrections.map((c) => words.correction(nameOf(c.understood, lang), c.typed)).join(', '));
}

export const answerQuestion: AnswerQuestion = (lib, args, options) => {
  const question = args.question.trim();
  if (!/[\p{L}\p{N}]/u.test(question)) {
    const lang = options.lang;
    return notice(lib, 'bad-input', lang, messages(lang).questions.askTitle, messages(lang).questions.askExample);
  }
  const q = parseQuestion(lib, question);
  const lang = options.reader ?? q.lang ?? options.lang;
  const answer = choose(lib, q, lang);
  if (answer) {
    const note = understood(q, lang);
    return note ? { ...answer, understood: note } : answer;
  }
  if (/^(?:about|corpus|help|gioi thieu)\b/i.test(question)) return answerAbout(lib, {}, { lang });
  const found = answerSearch(lib, { query: question }, { lang });
  const fallback = messages(lang).questions.fallback;
  return { ...found, hints: [fallback, ...found.hints] };
};
