/**
 * "Which dialogue adopted a three-year cooperation plan?", "what documents were signed in 2021?": documents across
 * partners. A round counts when one of its documents shares the question's own words (those some document on record
 * uses), or, when the question names no document, when it has any document on record.
 */
import type { Language } from '../../corpus/index.js';
import { cleanName, type RoundRecord } from '../../knowledge/index.js';
import { loadDocumentKinds } from '../../vocabulary/index.js';
import type { Library } from '../library.js';
import { messages } from '../messages/index.js';
import type { Answer } from '../types.js';
import { buildAnswer, byDate } from './build.js';
import { cueSets } from './cues.js';
import type { ParsedQuestion } from './parse.js';
import { capitalise, detail, roundLine, roundsCount } from './phrases.js';
import { inPeriod, within } from './time.js';

/** Number words a question may spell out where a document writes a figure ("three-year" / "3-year"). */
const FIGURES: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', mot: '1', ba: '3' };
/** Folded words, figures for number words, plurals cut ("submarines" finds "submarine"). */
const wordsOf = (text: string) =>
  cleanName(text)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => FIGURES[w] ?? (w.length > 4 ? w.replace(/s$/, '') : w));

export function answerDocumentsAcross(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const known = cueSets().known;
  // Only words some document on record uses can tell documents apart ("plan", "memorandum"; not "been").
  const documentWords = new Set([
    ...lib.knowledge.rounds.flatMap((r) => r.agreements.flatMap((a) => wordsOf(`${a.name} ${a.original}`))),
    ...loadDocumentKinds().flatMap((k) => wordsOf([k.en, ...k.enTerms, ...k.vi].join(' '))),
  ]);
  const asked = cleanName(q.question)
    .split(' ')
    .filter((w) => !known.has(w))
    .flatMap(wordsOf)
    .filter((w) => w.length > 2 && documentWords.has(w));
  const inScope = [...lib.knowledge.rounds]
    .filter((r) => r.agreements.length && (!q.period || within(r.date, q.period)))
    .sort(byDate);
  const matches = (r: RoundRecord) =>
    r.agreements.filter((a) => {
      const words = new Set(wordsOf(`${a.name} ${a.original}`));
      return asked.filter((w) => words.has(w)).length >= Math.min(2, asked.length);
    }).length;
  const rounds = asked.length ? inScope.filter((r) => matches(r) > 0) : inScope;
  const say = messages(lang).questions;
  const when = q.period ? ` ${inPeriod(q.period, lang)}` : '';
  if (!rounds.length)
    return buildAnswer(lib, lang, { title: say.documentsTitle, summary: say.noDocument(when), rounds: [] });
  const lines = rounds.map((r) => `${roundLine(r, lang)}: ${detail(r, 'signed', lang)}`).join('; ');
  const count = capitalise(roundsCount(rounds.length, lang));
  const summary = say.documentRounds(count, rounds.length, when, asked.length > 0, lines);
  return buildAnswer(lib, lang, { title: say.documentsTitle, summary, rounds });
}
