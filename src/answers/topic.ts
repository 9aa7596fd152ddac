/** `topic <topic>`: which partners discussed it, in which rounds, when, with the sentences that show it. */
import { partnerName, resolveTopic, type RoundRecord } from '../knowledge/index.js';
import type { Language } from '../corpus/index.js';
import { loadVocabulary } from '../vocabulary/index.js';
import type { AnswerTopic } from './api.js';
import {
  byHistory,
  excerptOf,
  footerOf,
  notice,
  roundDate,
  roundEntry,
  roundName,
  roundPoint,
  topicLabel,
} from './compose.js';
import { formatDate, partnerInSentence } from './format.js';
import { inLanguage, label, messages } from './messages/index.js';
import { answerSearch } from './search.js';
import type { Entry } from './types.js';
import { viewsOf } from './views.js';

const MAX_ROUNDS = 100;

function partnerFlag(code: string): string {
  let flag = flags.get(code);
  if (flag === undefined) {
    flag = loadVocabulary().partners.find((p) => p.code === code)?.flag ?? '';
    flags.set(code, flag);
  }
  return flag;
}
/** Flags by partner code: the vocabulary is read once per process, and a topic answer shows a hundred rounds. */
const flags = new Map<string, string>();

/**
 * One sentence over every round that discussed the topic: how many, with how many partners, the latest and the first
 * (the rounds themselves are listed below it, so the sentence does not list them again).
 */
function summaryOf(topic: string, rounds: RoundRecord[], lang: Language): string {
  const partners = new Set(rounds.map((r) => r.partner)).size;
  const dated = rounds.filter((r) => r.date).sort(byHistory);
  const at = (r: RoundRecord) =>
    `${partnerInSentence(r.partner, lang)} (${roundName(r, lang)}, ${formatDate(roundDate(r), lang)})`;
  const latest = dated.at(-1);
  const first = dated.length > 1 ? dated[0]! : undefined;
  return messages(lang).topic.summary(
    topic,
    rounds.length,
    partners,
    latest ? at(latest) : null,
    first ? at(first) : null,
  );
}

export const answerTopic: AnswerTopic = (lib, args, options) => {
  const { lang } = options;
  const text = messages(lang).topic;
  const typed = args.topic.trim();
  if (!typed) return notice(lib, 'bad-input', lang, text.whichTitle, text.which);
  const { topic, suggestions } = resolveTopic(typed);
  if (!topic) {
    // Free words that name no topic: fall back to the passages that hold them.
    const fallback = answerSearch(lib, { query: typed }, options);
    const hint = suggestions.length ? [text.closeNames(suggestions.map((s) => inLanguage(lang, s)).join(', '))] : [];
    return { ...fallback, hints: [...hint, ...fallback.hints] };
  }
  const name = topicLabel(topic.key, lang);
  const { rounds: all, partners } = viewsOf(lib).recentByTopic.get(topic.key) ?? { rounds: [], partners: 0 };
  // A topic that came up in thousands of rounds is shown by its most recent ones; the summary counts them all.
  const rounds = all.slice(0, MAX_ROUNDS).sort((a, b) => a.partner.localeCompare(b.partner) || byHistory(b, a));
  if (!rounds.length) {
    return {
      ...notice(lib, 'topic', lang, name, text.none(name)),
      ok: true,
    };
  }
  // One key string for every lookup: a new string at each lookup is hashed anew in each round's evidence table.
  const field = `topics:${topic.key}`;
  const evidenceOf = rounds.map((r) => r.evidence[field] ?? []);
  const entries: Entry[] = rounds.map((r, i) => {
    // A topic answer is about the topic: the round's date and venue, then the sentence that shows it.
    const base = roundEntry(r, lang, { highlightTopic: topic.key, brief: true });
    const evidence = evidenceOf[i]!;
    return {
      ...base,
      heading: `${partnerFlag(r.partner)} ${partnerName(r.partner, lang)} — ${base.heading}`,
      text: evidence[0]?.quote,
      evidence,
    };
  });
  const excerpts = evidenceOf.flatMap((evidence) => evidence.slice(0, 1)).map((e) => excerptOf(lib, e));
  return {
    kind: 'topic',
    lang,
    ok: true,
    title: text.title(name),
    summary:
      all.length > rounds.length
        ? text.summaryCapped(name, all.length, partners, rounds.length)
        : summaryOf(name, rounds, lang),
    sections: [{ key: 'rounds', title: label(lang, 'rounds'), entries }],
    excerpts,
    hints: [],
    timeline: rounds.map((r) => roundPoint(r, lang, partnerName(r.partner, lang), true)).filter((p) => p !== null),
    footer: footerOf(lib, lang),
  };
};
