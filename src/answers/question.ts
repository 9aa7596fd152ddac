/**
 * `ask "<question>"`: a small rule-based router. It reads a partner, a topic, a round ("latest", "4th") and a few cue
 * words from the question, in English or Vietnamese, with or without diacritics, and picks the matching answer.
 */
import { loadVocabulary } from '../vocabulary/index.js';
import { fold } from '../text/normalize.js';
import type { AnswerQuestion } from './api.js';
import { answerAbout } from './about.js';
import { answerDialogue } from './dialogue.js';
import { answerPartners } from './partners.js';
import { answerSearch } from './search.js';
import { answerTimeline } from './timeline.js';
import { answerTopic } from './topic.js';
import { notice } from './compose.js';

const LATEST = /\b(?:latest|last|most recent|newest|recent|gan nhat|moi nhat|lan cuoi|cuoi cung|gan day nhat)\b/;
const ROUND =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)|round\s+(\d{1,2})|lan(?:\s+thu)?\s+(\d{1,2})|phien\s+(?:thu\s+)?(\d{1,2}))\b/;
const TIMELINE = /\b(?:timeline|history|chronology|lich su|dong thoi gian|moc thoi gian|bao gio|khi nao|when)\b/;
const PARTNERS = /\b(?:partners|which countries|doi tac|cac nuoc|nhung nuoc)\b/;
const ABOUT = /^(?:about|corpus|help|gioi thieu)\b/;

interface Lexicon {
  partners: Map<string, string>;
  topics: Map<string, string>;
}
let lexicon: Lexicon | null = null;

/** Folded names → key, built once: exact words only, so the router never guesses from a typo inside a sentence. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const vocab = loadVocabulary();
  const partners = new Map<string, string>();
  for (const p of vocab.partners) {
    for (const name of [p.name, p.nameVi, ...p.aliases, ...p.namesVi]) {
      // Two-letter aliases ("US", "UK") are checked case-sensitively elsewhere: folded, "us" is a pronoun.
      if (fold(name).length > 2) partners.set(fold(name), p.code);
    }
  }
  const topics = new Map<string, string>();
  for (const t of vocab.topics) {
    for (const term of [t.key, t.en, t.vi, ...t.termsEn, ...t.termsVi])
      if (fold(term).length > 2) topics.set(fold(term), t.key);
  }
  lexicon = { partners, topics };
  return lexicon;
}

function ngrams(words: string[], max: number): string[] {
  const out: string[] = [];
  for (let n = max; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

export function routeQuestion(question: string): {
  partner?: string;
  topic?: string;
  round?: string;
  timeline: boolean;
  partners: boolean;
  about: boolean;
} {
  const folded = fold(question).replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  const words = folded.split(/\s+/).filter(Boolean);
  const { partners, topics } = getLexicon();
  const grams = ngrams(words, 4);
  let partner = grams.map((g) => partners.get(g)).find(Boolean);
  if (!partner) {
    const upper = question.match(/\b(?:US|USA|UK|ROK|PRC|UAE)\b/);
    if (upper)
      partner = partners.get(fold(upper[0])) ?? (upper[0] === 'US' ? 'US' : upper[0] === 'UK' ? 'GB' : undefined);
  }
  const topic = grams.map((g) => topics.get(g)).find(Boolean);
  const round = ROUND.exec(folded);
  return {
    ...(partner ? { partner } : {}),
    ...(topic ? { topic } : {}),
    ...(LATEST.test(folded)
      ? { round: 'latest' }
      : round
        ? { round: round[1] ?? round[2] ?? round[3] ?? round[4] }
        : {}),
    timeline: TIMELINE.test(folded),
    partners: PARTNERS.test(folded),
    about: ABOUT.test(folded),
  };
}

export const answerQuestion: AnswerQuestion = (lib, args, options) => {
  const question = args.question.trim();
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return notice(
      lib,
      'bad-input',
      options.lang,
      options.lang === 'en' ? 'Ask a question' : 'Hãy đặt câu hỏi',
      options.lang === 'en'
        ? 'For example: “what was the latest round with Japan?” or “demining”.'
        : 'Ví dụ: “phiên gần nhất với Nhật Bản?” hoặc “rà phá bom mìn”.',
    );
  }
  const route = routeQuestion(question);
  if (route.partner && (route.round || (!route.topic && !route.timeline))) {
    return answerDialogue(lib, { partner: route.partner, ...(route.round ? { round: route.round } : {}) }, options);
  }
  if (route.partner || (route.topic && route.timeline)) {
    return answerTimeline(
      lib,
      { ...(route.partner ? { partner: route.partner } : {}), ...(route.topic ? { topic: route.topic } : {}) },
      options,
    );
  }
  if (route.topic) return answerTopic(lib, { topic: route.topic }, options);
  if (route.timeline) return answerTimeline(lib, {}, options);
  if (route.partners) return answerPartners(lib, {}, options);
  if (route.about) return answerAbout(lib, {}, options);
  return answerSearch(lib, { query: question }, options);
};
