/**
 * Dated events an article tells of besides its rounds: a consultation held on 7 July 2021, an MOU signed in 2019,
 * a minister's visit early in 2018. They fill timelines; each keeps its sentence.
 */
import type { Article } from '../corpus/index.js';
import { NotAfter } from '../text/index.js';
import { findDocuments } from './agreements.js';
import { findMechanisms, findPartners } from './match.js';
import { mechanismName, partnerName } from './naming.js';
import { evidenceOf } from './evidence.js';
import { readPerson } from './people.js';
import { findRoundMentions, type RoundMention } from './round-mentions.js';
import type { Sentence } from './sentences.js';
import { completeDate, findTextDates, type YearReference } from './text-dates.js';
import type { EventKind, EventRecord } from './types.js';

/**
 * A visit phrase: "chuyến thăm", "thăm chính thức", "sang thăm", "thăm" or "đón" as words, "visit(ed|s)". The words
 * "thăm" and "đón" must not follow a letter: that look-behind is checked at each match (src/text/not-after.ts), not
 * by V8 at every character, so the phrases are two patterns, either of which makes a visit.
 */
const VISIT_PHRASE = /chuyến thăm|thăm chính thức|sang thăm|\bvisit(?:ed|s)?\b/iu;
const VISIT_VERB = new NotAfter('\\p{L}', '(?:thăm|đón)(?!\\p{L})', 'iu');
/** Every visit phrase contains one of these words. V8 runs this plain alternation ~30x faster than the patterns above, so it goes first. */
const VISIT_WORD = /thăm|đón|visit/iu;
const isVisit = (text: string) => VISIT_WORD.test(text) && (VISIT_PHRASE.test(text) || VISIT_VERB.test(text));

function visitSummary(clause: string): { en: string; vi: string } {
  const to = /(?:thăm|visit(?:ed)?)\s+([\p{Lu}][\p{L}\s-]{1,30})/u.exec(clause);
  const place = to
    ? (findPartners(to[1] ?? '')[0]?.key ?? (/Việt Nam|Vietnam/u.test(to[1] ?? '') ? 'VN' : null))
    : /đón/u.test(clause)
      ? 'VN'
      : null;
  const by =
    /(?:của|by)\s+(.+?)(?=\s+(?:ngay|vào|năm|trong|in|on)\b|[,.;]|$)/u.exec(clause) ??
    /đón\s+(.+?)(?=\s+(?:vào|năm|in|on)\b|[,.;]|$)/u.exec(clause);
  const person = by ? readPerson(by[1] ?? '') : null;
  const where = place === 'VN' ? ' to Vietnam' : place ? ` to ${partnerName(place)}` : '';
  const who = person ? ` by ${person.title ? `${person.title} ` : ''}${person.name}` : '';
  const whereVi = place === 'VN' ? ' Việt Nam' : place ? ` ${partnerName(place, 'vi')}` : '';
  return { en: `Visit${where}${who}`, vi: `Chuyến thăm${whereVi}${person ? ` của ${person.name}` : ''}` };
}

export function findEvents(
  article: Article,
  sentences: Sentence[],
  partner: string,
  reference: YearReference | null,
  primaryMechanism: string | null,
  /** The round mentions of a sentence, when the caller has already read them. */
  roundMentionsOf: (s: Sentence) => RoundMention[] = (s) => findRoundMentions(s.text),
): EventRecord[] {
  const events: EventRecord[] = [];
  const add = (
    kind: EventKind,
    summary: { en: string; vi: string },
    s: Sentence,
    date: ReturnType<typeof completeDate>,
  ) => {
    if (!date) return;
    const id = `${partner.toLowerCase()}-${kind}-${date.iso}-${article.id}-${events.length + 1}`;
    if (events.some((e) => e.summary === summary.en && e.date === date.iso)) return;
    events.push({
      id,
      partner,
      kind,
      summary: summary.en,
      summaryVi: summary.vi,
      date: date.iso,
      datePrecision: date.precision,
      dateInferred: date.inferred,
      sources: [evidenceOf(s)],
    });
  };

  for (const s of sentences) {
    const rounds = roundMentionsOf(s);
    // A mechanism named with a date but no round number ("Tham vấn Quốc phòng … vào ngày 7/7/2021").
    for (const m of findMechanisms(s.text)) {
      if (m.key === primaryMechanism) continue;
      if (rounds.some((r) => r.start === m.start && r.round !== null)) continue;
      const date = findTextDates(s.text.slice(m.end)).find((d) => d.day !== undefined || d.year !== undefined);
      if (date)
        add(
          m.key.includes('consultation') ? 'consultation' : 'meeting',
          { en: `${mechanismName(m.key)} held`, vi: mechanismName(m.key, 'vi') },
          s,
          completeDate(date, reference),
        );
    }
    // A document signed in an earlier year.
    for (const doc of findDocuments(s.text)) {
      if (doc.year !== null && (!reference || doc.year < reference.year)) {
        add(
          'agreement',
          { en: `${doc.name} ${doc.action}`, vi: `${doc.action === 'adopted' ? 'Thông qua' : 'Ký'} ${doc.original}` },
          s,
          { iso: String(doc.year), precision: 'year', inferred: false },
        );
      }
    }
    // Visits, one per date the sentence gives.
    if (isVisit(s.text)) {
      let from = 0;
      for (const d of findTextDates(s.text)) {
        const clause = s.text.slice(from, d.end);
        from = d.end;
        if (!isVisit(clause) || (d.year === undefined && d.day === undefined)) continue;
        add('visit', visitSummary(clause), s, completeDate(d, reference));
      }
    }
  }
  return events;
}
