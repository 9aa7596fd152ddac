/** Autocomplete choices, answered from memory: ranked by what was typed, at most 25, names ≤ 100 characters. */
import type { Language } from '../corpus/index.js';
import { resolvePartner, searchPartners, searchTopics } from '../knowledge/index.js';
import { fold } from '../text/index.js';
import type { Choice } from './api.js';
import { byHistory, roundName } from './compose.js';
import { formatDate, histDate } from './format.js';
import { roundChoiceValue } from './round-choice.js';
import type { Library } from './library.js';
import { viewsOf } from './views.js';
import { inLanguage, messages } from './messages/index.js';

const MAX_CHOICES = 25;
const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Labels in the user's language only: a Vietnamese user reads no English ("Nhật Bản · 2 phiên"). */
export function suggestPartners(lib: Library, typed: string, lang: Language = 'en'): Choice[] {
  const onRecord = viewsOf(lib).heldCount;
  const matches = searchPartners(typed.slice(0, 100), typed.trim() ? MAX_CHOICES : 200);
  // With nothing typed, partners with rounds on record come first.
  const ordered = typed.trim()
    ? matches
    : [...matches].sort((a, b) => (onRecord.get(b.code) ?? 0) - (onRecord.get(a.code) ?? 0));
  return ordered.slice(0, MAX_CHOICES).map((p) => {
    const count = onRecord.get(p.code) ?? 0;
    return {
      name: clip(messages(lang).suggest.partner(p.flag, inLanguage(lang, { en: p.name, vi: p.nameVi }), count)),
      value: p.code,
    };
  });
}

export function suggestTopics(_lib: Library, typed: string, lang: Language = 'en'): Choice[] {
  return searchTopics(typed.slice(0, 100), MAX_CHOICES).map((t) => ({
    name: clip(inLanguage(lang, t)),
    value: t.key,
  }));
}

export function suggestArticles(lib: Library, typed: string): Choice[] {
  const wanted = fold(typed.slice(0, 100)).trim();
  const scored: { choice: Choice; score: number }[] = [];
  for (const a of lib.corpus.articles) {
    const id = a.id.toLowerCase();
    const score = !wanted
      ? 1
      : id.startsWith(wanted)
        ? 3
        : id.includes(wanted)
          ? 2
          : fold(a.title).includes(wanted)
            ? 1
            : 0;
    if (score) scored.push({ choice: { name: clip(`${a.id} · ${a.title}`), value: a.id.slice(0, 100) }, score });
    if (!wanted && scored.length >= MAX_CHOICES) break;
  }
  return scored
    .sort((x, y) => y.score - x.score)
    .slice(0, MAX_CHOICES)
    .map((s) => s.choice);
}

export function suggestRounds(lib: Library, partnerTyped: string, typed: string, lang: Language = 'en'): Choice[] {
  const fixed: Choice[] = [
    { name: messages(lang).suggest.latest, value: 'latest' },
    { name: messages(lang).suggest.all, value: 'all' },
  ];
  const partner = partnerTyped.trim() ? resolvePartner(partnerTyped.slice(0, 100)).partner : null;
  const rounds = partner
    ? (viewsOf(lib).roundsByPartner.get(partner.code) ?? []).filter((r) => r.round !== null).sort(byHistory)
    : [];
  const choices = [
    ...fixed,
    ...rounds.map((r) => ({
      name: clip(
        `${roundName(r, lang)} — ${formatDate(histDate(r.date, r.datePrecision, r.dateInferred, r.dateOnOrBefore), lang)}`,
      ),
      value: roundChoiceValue(r.mechanism, r.round!),
    })),
  ];
  const wanted = fold(typed).trim();
  const unique = choices.filter((c, i) => choices.findIndex((x) => x.value === c.value) === i);
  return unique
    .filter((c) => !wanted || fold(c.name).includes(wanted) || c.value.startsWith(wanted))
    .slice(0, MAX_CHOICES);
}
