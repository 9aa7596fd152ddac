/**
 * "Who co-chaired the most dialogues?", "ai đồng chủ trì nhiều phiên nhất?": people ranked by the rounds they
 * co-chaired or led on record (with one partner when the question names it). A name written with and without
 * diacritics is one person.
 */
import type { Language } from '../../corpus/index.js';
import { cleanName, type RoundRecord } from '../../knowledge/index.js';
import { joinList, partnerInSentence } from '../format.js';
import { hasDiacritics } from '../../text/index.js';
import type { Library } from '../library.js';
import { messages } from '../messages/index.js';
import type { Answer } from '../types.js';
import { buildAnswer, byDate } from './build.js';
import type { ParsedQuestion } from './parse.js';
import { capitalise, roundsCount } from './phrases.js';
import { within } from './time.js';

export function answerMostChairs(lib: Library, q: ParsedQuestion, lang: Language): Answer {
  const codes = q.partners.map((p) => p.code);
  const rounds = [...lib.knowledge.rounds]
    .filter((r) => (!codes.length || codes.includes(r.partner)) && (!q.period || within(r.date, q.period)))
    .sort(byDate);
  const byPerson = new Map<string, { name: string; rounds: RoundRecord[] }>();
  for (const r of rounds)
    for (const c of r.coChairs) {
      const key = cleanName(c.name);
      const row = byPerson.get(key) ?? { name: c.name, rounds: [] };
      // The spelling with diacritics is the one to show.
      if (hasDiacritics(c.name) && !hasDiacritics(row.name)) row.name = c.name;
      if (!row.rounds.includes(r)) row.rounds.push(r);
      byPerson.set(key, row);
    }
  const ranked = [...byPerson.values()].sort((a, b) => b.rounds.length - a.rounds.length);
  const say = messages(lang).questions;
  const partners = joinList(
    codes.map((c) => partnerInSentence(c, lang)),
    lang,
  );
  const withPartner = codes.length ? say.withNames(partners) : '';
  const top = ranked[0];
  if (!top) return buildAnswer(lib, lang, { title: say.chairsTitle, summary: say.noChair(withPartner), rounds: [] });
  const tied = ranked.filter((p) => p.rounds.length === top.rounds.length);
  const names = joinList(
    tied.map((p) => p.name),
    lang,
  );
  const next = ranked
    .slice(tied.length, tied.length + 4)
    .map((p) => `${p.name} (${p.rounds.length})`)
    .join(', ');
  const count = roundsCount(top.rounds.length, lang);
  const summary = say.mostChairs(capitalise(names), withPartner, count, tied.length > 1, next);
  const shown = [...new Set(tied.flatMap((p) => p.rounds))].sort(byDate);
  return buildAnswer(lib, lang, { title: say.chairsTitle, summary, rounds: shown });
}
