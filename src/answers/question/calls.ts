/**
 * Courtesy calls, receptions, meetings and visits ("Who did X pay a courtesy call on?", "Did the minister receive
 * the Dutch ambassador?"): the knowledge table keeps dialogue rounds, not these, so the answer is the source sentence
 * that reports one, found through the passage index, with who did what to whom read from it when the sentence
 * allows. Never a round: a call is not claimed as a dialogue, and nothing found is said plainly.
 */
import type { HistDate, Language } from '../../corpus/index.js';
import { cleanName, findPartners, readPerson, type Sentence, splitSentences } from '../../knowledge/index.js';
import { search } from '../../search/index.js';
import { loadQuestionWords, loadVocabulary } from '../../vocabulary/index.js';
import { excerptOf, footerOf, roundDate } from '../compose.js';
import { formatDate, joinList, partnerInSentence } from '../format.js';
import type { Library } from '../library.js';
import { inLanguage, messages } from '../messages/index.js';
import type { Answer, Excerpt } from '../types.js';
import { cueSets } from './cues.js';
import type { ParsedQuestion } from './parse.js';
import { inPeriod, within } from './time.js';

interface CallVerb {
  en: string;
  vi: string;
  /** Lower-case words as sources write them, and the same folded, as a question may write them. */
  words: string[];
  folded: string[];
}

let verbs: CallVerb[] | null = null;
function callVerbs(): CallVerb[] {
  verbs ??= loadQuestionWords().callVerbs.map((v) => ({
    en: v.en,
    vi: v.vi,
    words: v.words.map((w) => w.toLowerCase()),
    folded: v.words.map(cleanName),
  }));
  return verbs;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordAt = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}(?![\\p{L}\\p{N}])`, 'u').exec(text);

/** The call verb a sentence uses, and where: "đã tiếp" in "…Phan Văn Giang … đã tiếp Thứ trưởng…". */
function verbIn(text: string): { verb: CallVerb; at: number; length: number } | null {
  const lower = text.toLowerCase();
  let best: { verb: CallVerb; at: number; length: number } | null = null;
  for (const verb of callVerbs())
    for (const word of verb.words) {
      const m = wordAt(lower, word);
      if (m && (!best || m.index < best.at)) best = { verb, at: m.index, length: word.length };
    }
  return best;
}

/** Every way a partner is written, folded: its names, aliases, Vietnamese names and adjectives. */
function partnerForms(code: string): string[] {
  const p = loadVocabulary().partners.find((x) => x.code === code);
  if (!p) return [];
  return [p.name, p.nameVi, ...p.aliases, ...p.namesVi, ...p.adjectives].map(cleanName).filter((f) => f.length > 2);
}

/** Who did what to whom, when the sentence names both sides with a rank, title or honorific. */
function whoDidWhat(
  s: Sentence,
  at: number,
  length: number,
): { subject: string; object: string } | { named: string[] } {
  const before = s.text.slice(0, at);
  // The object ends where the sentence turns to the occasion, the place or the date.
  const after = s.text.slice(at + length).split(/,|;| nhân dịp | tại | in | on | at | to /u)[0] ?? '';
  // A "name" holding a country word ("Dutch Ambassador Kees") is a title the vocabulary does not know yet: quote instead.
  const person = (phrase: string) => {
    const name = readPerson(phrase)?.name;
    return name && !findPartners(name).length ? name : undefined;
  };
  const subject = person(before);
  const object = person(after);
  if (subject && object && subject !== object) return { subject, object };
  // One side read: the answer still names who the sentence is about.
  return { named: [...new Set([subject, object].filter((n): n is string => n !== undefined))] };
}

/** When an article was written: its dateline, else the date of a round it reports (a page without a dateline). */
function articleDate(lib: Library, articleId: string): HistDate | null {
  const published = lib.articles.get(articleId)?.published;
  if (published) return published;
  const rounds = lib.knowledge.rounds.filter((r) => r.date && r.sources.some((e) => e.article === articleId));
  return rounds.map((r) => roundDate(r)).find((d) => d !== null) ?? null;
}

interface Found {
  sentence: Sentence;
  verb: CallVerb;
  at: number;
  length: number;
  score: number;
}

/** The sentences that report a call by the people and partner the question names, best first. */
function findCalls(lib: Library, q: ParsedQuestion): Found[] {
  const people = q.people.map(cleanName);
  const partners = q.partners.map((p) => partnerForms(p.code));
  const known = cueSets().known;
  const content = cleanName(q.question)
    .split(' ')
    .filter((w) => w.length > 3 && !known.has(w));
  const askedVerbs = callVerbs().filter((v) => v.folded.some((w) => wordAt(cleanName(q.question), w)));
  const query = [...q.people, ...q.partners.map((p) => p.typed)].join(' ') || q.question;
  const hits = search(lib.index, query, { limit: 60, extraTerms: callVerbs().flatMap((v) => v.words) });
  const found: Found[] = [];
  for (const hit of hits) {
    const article = lib.articles.get(hit.passage.articleId);
    if (q.period && !within(articleDate(lib, hit.passage.articleId)?.iso ?? null, q.period)) continue;
    const context = cleanName(`${article?.title ?? ''} ${hit.passage.text}`);
    for (const sentence of splitSentences(hit.passage)) {
      const verb = verbIn(sentence.text);
      if (!verb) continue;
      const folded = ` ${cleanName(sentence.text)} `;
      if (!people.every((p) => folded.includes(` ${p} `))) continue;
      if (!partners.every((forms) => forms.some((f) => ` ${context} `.includes(` ${f} `)))) continue;
      const score = content.filter((w) => folded.includes(` ${w} `)).length + (askedVerbs.includes(verb.verb) ? 3 : 0);
      found.push({ sentence, ...verb, score });
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

/** What the best sentence says, in the answer's words, and the sentence as an excerpt. */
interface Told {
  /** "The minister received the visiting Deputy Minister (reported 17 September 2021)." or a pointer to the quote. */
  lead: string;
  excerpt: Excerpt;
  /** Set when no sides were read: the lead only points at the sentence. */
  reported?: string;
  quote?: string | null;
  /** The people the sentence was read to name, when not both sides: "Phan Văn Giang". */
  named?: string;
}

function tell(lib: Library, best: Found, lang: Language): Told {
  const say = messages(lang).questions;
  const s = best.sentence;
  const article = lib.articles.get(s.passage.articleId);
  const date = articleDate(lib, s.passage.articleId);
  const reported = date ? say.reported(formatDate(date, lang)) : '';
  const sides = whoDidWhat(s, best.at, best.length);
  // The sentence itself is quoted in the summary only in its own language: an English answer stays English.
  const quote = article?.language === lang ? s.text : null;
  const lead =
    'subject' in sides
      ? `${say.didWhat(sides.subject, inLanguage(lang, best.verb), sides.object, reported)}${quote ? say.sourceQuote(quote) : ''}`
      : say.together(reported, quote);
  const evidence = { article: s.passage.articleId, passage: s.passage.id, quote: s.text };
  return {
    lead,
    excerpt: excerptOf(lib, evidence),
    ...('subject' in sides ? {} : { reported, quote, named: joinList(sides.named, lang) }),
  };
}

/** "Has A ever met B?" with no round they shared: the sentence that reports them together, if there is one. */
export function meetingSentence(lib: Library, q: ParsedQuestion, lang: Language): Told | null {
  const best = findCalls(lib, q)[0];
  return best ? tell(lib, best, lang) : null;
}

export function answerCall(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const say = messages(lang).questions;
  const named = [...q.people, ...q.partners.map((p) => partnerInSentence(p.code, lang))];
  const about = named.length ? say.withNames(named.join(', ')) : '';
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  const base = {
    kind: 'search' as const,
    lang,
    ok: true,
    title: say.callsTitle,
    sections: [],
    hints: [],
    footer: footerOf(lib, lang),
  };
  const best = findCalls(lib, q)[0];
  if (!best) return { ...base, summary: `${say.noCall(about, when)} ${say.callsNotKept}.`, excerpts: [] };
  const told = tell(lib, best, lang);
  // Asked about a call, the sentence is "the one that answers best", not one that merely names them together.
  const lead =
    told.reported === undefined ? told.lead : say.bestSentence(told.reported, told.quote ?? null, told.named ?? '');
  return { ...base, summary: `${lead} ${say.callsNotKept}.`, excerpts: [told.excerpt] };
}
