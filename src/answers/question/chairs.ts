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
import type { Answer } from '../types.js';
import { buildAnswer, byDate } from './build.js';
import type { ParsedQuestion } from './parse.js';
import { capitalise, en, roundsCount } from './phrases.js';
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
  const withPartner = codes.length
    ? ` ${en(lang) ? 'with' : 'với'} ${joinList(
        codes.map((c) => partnerInSentence(c, lang)),
        lang,
      )}`
    : '';
  const title = en(lang) ? 'Co-chairs by rounds' : 'Người đồng chủ trì theo số phiên';
  const top = ranked[0];
  if (!top) {
    const summary = en(lang)
      ? `No co-chair of a round${withPartner} is on record.`
      : `Chưa ghi nhận người đồng chủ trì phiên nào${withPartner}.`;
    return buildAnswer(lib, lang, { title, summary, rounds: [] });
  }
  const tied = ranked.filter((p) => p.rounds.length === top.rounds.length);
  const names = joinList(
    tied.map((p) => p.name),
    lang,
  );
  const count = roundsCount(top.rounds.length, lang);
  const next = ranked
    .slice(tied.length, tied.length + 4)
    .map((p) => `${p.name} (${p.rounds.length})`)
    .join(', ');
  const summary = en(lang)
    ? `${capitalise(names)} co-chaired the most rounds on record${withPartner}: ${count}${tied.length > 1 ? ' each' : ''}.${next ? ` Next: ${next}.` : ''}`
    : `${capitalise(names)} đồng chủ trì nhiều phiên nhất được ghi nhận${withPartner}: ${tied.length > 1 ? 'mỗi người ' : ''}${count}.${next ? ` Tiếp theo: ${next}.` : ''}`;
  return buildAnswer(lib, lang, { title, summary, rounds: [...new Set(tied.flatMap((p) => p.rounds))].sort(byDate) });
}
