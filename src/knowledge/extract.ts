/**
 * One article → the rounds it reports (held), mentions (mentioned) or announces (planned), and the other dated
 * events it tells of. General rules only; every value carries the sentence it was read from.
 */
import { type Article, type HistDate, unitsOf } from '../corpus/index.js';
import { findDocuments } from './agreements.js';
import { findPartners, findTopics } from './match.js';
import { findChairs } from './chairs.js';
import { looksVietnamese } from './people.js';
import { referenceFor } from './reference-date.js';
import { isHabitual, reportsHeld, saysLastWeek, tiedToRound } from './round-cues.js';
import { findRoundMentions, type RoundMention } from './round-mentions.js';
import { type Located, resolveMentions } from './antecedents.js';
import { splitSentences, type Sentence } from './sentences.js';
import { venuesIn } from './venues.js';
import { completeDate, dateOfMention, isoOf, monthAlone, type YearReference } from './text-dates.js';
import { findEvents } from './events.js';
import { evidenceOf } from './evidence.js';
import type { Agreement, CoChair, EventRecord, Evidence, RoundRecord, RoundStatus } from './types.js';
import { partnerName, roundId } from './naming.js';

export interface ArticleFacts {
  article: string;
  rounds: RoundRecord[];
  events: EventRecord[];
}

const DIALOGUE_WORD = /[Đđ]ối thoại|[Tt]ham vấn|\b[Dd]ialogue\b|\b[Cc]onsultation\b/u;

/** The partner the article is about: named in the title, else most named in round mentions, else in the lead. */
function mainPartner(article: Article, mentions: Located[]): string | null {
  const fromTitle = findPartners(article.title)[0]?.key;
  if (fromTitle) return fromTitle;
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.partner) counts.set(m.partner, (counts.get(m.partner) ?? 0) + 1);
  if (counts.size) return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const lead = article.passages
    .slice(0, 2)
    .map((p) => p.text)
    .join(' ');
  return findPartners(lead)[0]?.key ?? null;
}

/**
 * Each sentence once, in order of first appearance. The round's sentences are also among the sentences about the
 * round; venuesOf and coChairsOf only ever take something from a sentence the first time they see it, so reading it
 * a second time was wasted work.
 */
function distinct(...lists: readonly Sentence[][]): Sentence[] {
  const seen = new Set<Sentence>();
  for (const list of lists) for (const s of list) seen.add(s);
  return [...seen];
}

function sameRound(
  a: { mechanism: string | null; round: number | null },
  b: { mechanism: string | null; round: number | null },
) {
  return a.mechanism === b.mechanism && a.round === b.round;
}

/**
 * An unnumbered round is reported only by a sentence that says it took place and names the partner: "hold a defence
 * policy dialogue" in a list of plans, or "its seventh session took place in Canberra" in an analysis, is no round.
 */
const reported = (m: Located) =>
  m.cue === 'none' && (m.round !== null || (m.held && m.namedPartner === true && !isHabitual(m.sentence.text)));

const nameWords = (m: Located) =>
  m.sentence.text
    .slice(m.start, m.end)
    .toLowerCase()
    .replace(/defense/gu, 'defence')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2);

/** Compiled once: a literal with \\p{…} becomes a new RegExp at each call once transpiled (esbuild, tsx). */
const LOWER_START = /^\p{Ll}/u;

/**
 * A lower-case name that is part of a longer one named before for the same partner ("the fifth Strategic Defence
 * Dialogue with Russia … their sixth strategic dialogue") is that mechanism shortened, not another one.
 */
function shortNames(located: Located[]): void {
  located.forEach((m, i) => {
    if (!m.mechanism || !LOWER_START.test(m.sentence.text.slice(m.start, m.end).replace(/^(?:the|their|its)\s+/u, '')))
      return;
    const words = nameWords(m);
    const longer = located
      .slice(0, i)
      .reverse()
      .find((n) => {
        if (!n.mechanism || n.mechanism === m.mechanism || n.partner !== m.partner) return false;
        const full = nameWords(n);
        return full.length > words.length && words.every((w) => full.includes(w));
      });
    if (longer) m.mechanism = longer.mechanism;
  });
}

/** The round the article reports: named in its title, else the first one its body names without a past or future cue. */
function primaryRound(
  titleMentions: RoundMention[],
  mentions: Located[],
  reference: YearReference | null,
): RoundMention | null {
  // A round dated years before the report ("… lần thứ ba diễn ra tại Hà Nội ngày 8/6/2010" in a 2026 analysis) is
  // recalled, not reported: the year after the round, else the first year its sentence gives.
  const yearOf = (m: RoundMention) => m.year ?? m.sentenceYear ?? null;
  const recentEnough = (m: RoundMention) => {
    const year = yearOf(m);
    // A month written with the round ("(lần thứ 14, tháng 8/2024)" in a January review) more than two months before
    // the report: recalled, not reported.
    if (m.year !== null && m.month !== undefined && reference?.month && !reference.inferred)
      return reference.year * 12 + reference.month - (m.year * 12 + m.month) <= 2;
    // "In March, the fifth … took place" in a January review: the last March, ten months before the report.
    const text = (m as Partial<Located>).sentence?.text;
    const alone =
      text && m.year === null && m.sentenceYear == null && reference?.month && !reference.inferred
        ? monthAlone(text)
        : null;
    if (alone !== null && reference?.month) return (reference.month - alone + 12) % 12 <= 2;
    return year === null || reference === null || year >= reference.year - 1;
  };
  const title = titleMentions.find((m) => m.mechanism && m.cue !== 'past' && m.cue !== 'proposed');
  if (title) {
    // A title "… lần 4" with a body that names the mechanism: fill in what the title lacked.
    // Not from a back-reference: "kể từ Đối thoại lần thứ hai" is not the round the title reports.
    const body = mentions.find(
      (m) => m.mechanism === title.mechanism && m.cue !== 'past' && (title.round === null || m.round === title.round),
    );
    const round = title.round ?? body?.round ?? null;
    // An unnumbered title ("Ba thập kỷ đối thoại quốc phòng - an ninh Việt Nam - Hoa Kỳ") is a round only when the
    // title or the body says it took place.
    if (round !== null || title.held || mentions.some((m) => m.mechanism === title.mechanism && reported(m)))
      return { ...title, round };
  }
  // With no round in its title, a report names its own round before any other of the same mechanism; a round named
  // after earlier ones ("… lần thứ ba … 2010 …. Gần đây nhất, ngày 18/12/2025, … lần thứ 14" in an analysis) is
  // recalled in a history, not reported.
  const inLead = leadTest(mentions);
  return (
    mentions.find((m) => m.mechanism && m.cue === 'none' && recentEnough(m) && reported(m) && inLead(m)) ??
    mentions.find((m) => m.mechanism && m.cue === 'planned' && recentEnough(m) && m.round !== null && inLead(m)) ??
    null
  );
}

/**
 * Whether no numbered mention of the same mechanism with another round comes before a mention, in one pass: per
 * mechanism, where its first numbered round is named and where a different round is first named after it.
 */
function leadTest(mentions: RoundMention[]): (m: RoundMention) => boolean {
  const position = new Map(mentions.map((m, i) => [m, i]));
  const first = new Map<string | null, { round: number; at: number; other: number }>();
  mentions.forEach((m, i) => {
    if (m.round === null) return;
    const seen = first.get(m.mechanism);
    if (!seen) first.set(m.mechanism, { round: m.round, at: i, other: Infinity });
    else if (seen.other === Infinity && m.round !== seen.round) seen.other = i;
  });
  return (m) => {
    const seen = first.get(m.mechanism);
    if (!seen) return true;
    const at = position.get(m)!;
    return m.round === seen.round ? at <= seen.other : at <= seen.at;
  };
}

/**
 * The round's date: in each of its sentences, a date written right after the round's name, else the sentence's
 * first date (src/knowledge/text-dates.ts, dateOfMention). A planned round's year-less month lies ahead.
 */
function dateOfRound(
  sentences: { sentence: Sentence; mention: { start: number; end: number } | null }[],
  reference: YearReference | null,
  published: HistDate | null,
  planned = false,
) {
  for (const { sentence: s, mention } of sentences) {
    // A round still to come is dated only by what follows its name: the sentence's first date is the report's own
    // ("Ngày 3/12, … hai bên nhất trí sẽ tổ chức … lần thứ 13 … vào năm tới").
    if (planned && !mention) continue;
    const first = dateOfMention(s.text, mention, !planned);
    if (!first) continue;
    const date = completeDate(first, reference, { future: planned });
    if (date) return { date, evidence: evidenceOf(s) };
  }
  // A round still to come took place on no day before the report: no upper bound.
  if (published && !planned) {
    const texts = sentences.map((x) => x.sentence.text);
    // "Tuần qua", "last week": the report's day is too precise; its month holds when the whole week before lies in it.
    if (texts.some(saysLastWeek)) {
      const day = published.precision === 'day' ? Number(published.iso.slice(8, 10)) : 0;
      if (day <= 7) return null;
      const iso = published.iso.slice(0, 7);
      return {
        date: { iso, precision: 'month', inferred: true } as HistDate,
        evidence: evidenceOf(sentences[0]!.sentence),
      };
    }
    // A month the sentence names but does not date ("In March, the fifth … took place" in a January review): the
    // report's day would be a guess against the text.
    if (texts.some((t) => monthAlone(t) !== null)) return null;
    // The report says when it was published but not when the round took place: an upper bound.
    return {
      date: { iso: published.iso, precision: published.precision, inferred: true, onOrBefore: true } as HistDate,
      evidence: null,
    };
  }
  return null;
}

/**
 * The places' keys (only the cities' if asked), by a loop: \`map\` gives an empty list another elements kind than a
 * full one, and a list of a kind not seen before threw away V8's optimised code for the function reading it.
 */
function keysOf(places: readonly { kind: string; key: string }[], citiesOnly: boolean): string[] {
  const keys: string[] = [];
  for (const p of places) if (!citiesOnly || p.kind === 'city') keys.push(p.key);
  return keys;
}

function venuesOf(sentences: Sentence[]): { venues: string[]; format: 'online' | 'in-person'; evidence: Evidence[] } {
  for (const s of sentences) {
    const { places, online } = venuesIn(s.text);
    if (places.length === 0 && !online) continue;
    if (online) {
      const cities = keysOf(places, true);
      return {
        venues: [...new Set(cities.length ? cities : keysOf(places, false))],
        format: 'online',
        evidence: [evidenceOf(s)],
      };
    }
    // In person: the most precise place named — a city if there is one, else the country.
    const city = places.find((p) => p.kind === 'city');
    return { venues: [(city ?? places[0]!).key], format: 'in-person', evidence: [evidenceOf(s)] };
  }
  return { venues: [], format: 'in-person', evidence: [] };
}

function coChairsOf(sentences: Sentence[], partner: string): CoChair[] {
  const chairs: CoChair[] = [];
  // One co-chair a side and only two sides: once both are taken no later sentence can add one, and reading a chair
  // sentence (findChairs, a person phrase per name) was a quarter of extraction.
  const sides = partner === 'VN' ? 1 : 2;
  for (const s of sentences) {
    if (chairs.length === sides) break;
    const found = findChairs(s.text);
    // Two chairs in one sentence, one with its side stated: the other is of the other side ("Bế Xuân Trường and
    // Italy's Undersecretary Angelo Tofalo"), whatever the name looks like.
    const stated = new Set<string>();
    for (const c of found) if (c.side !== null) stated.add(c.side);
    const otherSide = found.length === 2 && stated.size === 1 ? (stated.has('VN') ? partner : 'VN') : null;
    for (const c of found) {
      const side = c.side ?? otherSide ?? (looksVietnamese(c.name) ? 'VN' : partner);
      if (side !== 'VN' && side !== partner) continue;
      if (chairs.some((x) => x.name === c.name)) continue;
      // One co-chair a side: a "host" who invited is kept only when no one chaired that side explicitly.
      if (chairs.some((x) => x.side === side)) continue;
      chairs.push({ name: c.name, title: c.title, rank: c.rank, side, evidence: evidenceOf(s) });
    }
  }
  return chairs.sort((a, b) => (a.side === 'VN' ? -1 : b.side === 'VN' ? 1 : 0));
}

/** Each sentence's evidence, by a loop (see keysOf). */
function evidenceOfEach(sentences: readonly Sentence[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const s of sentences) evidence.push(evidenceOf(s));
  return evidence;
}

function emptyRecord(partner: string, mechanism: string, round: number | null, status: RoundStatus): RoundRecord {
  return {
    id: roundId(partner, mechanism, round, null),
    partner,
    partnerName: partnerName(partner),
    mechanism,
    round,
    status,
    date: null,
    datePrecision: null,
    dateInferred: false,
    dateOnOrBefore: false,
    venues: [],
    format: null,
    coChairs: [],
    topics: [],
    agreements: [],
    sources: [],
    evidence: {},
  };
}

function setDate(record: RoundRecord, date: HistDate, evidence: Evidence | null) {
  record.date = date.iso;
  record.datePrecision = date.precision;
  record.dateInferred = date.inferred;
  record.dateOnOrBefore = date.onOrBefore ?? false;
  if (evidence) record.evidence.date = [evidence];
}

/**
 * A listing page or round-up holds several reports (src/corpus/units.ts): each unit is read on its own, with its
 * own headline and date, so that nothing crosses from one item to another.
 */
export function extractArticle(article: Article): ArticleFacts {
  const units = unitsOf(article);
  if (units.length === 1) return extractReport(units[0]!);
  const facts: ArticleFacts = { article: article.id, rounds: [], events: [] };
  for (const unit of units) {
    const one = extractReport(unit);
    facts.rounds.push(...one.rounds);
    facts.events.push(...one.events);
  }
  return facts;
}

/**
 * A mention with its sentence, every field of a Located present (the optional ones maybe undefined), in one order: a
 * mention of another shape coming by threw away V8's optimised code for each function that reads them.
 */
function locate(m: RoundMention, sentence: Sentence): Located {
  return {
    mechanism: m.mechanism,
    round: m.round,
    partner: m.partner,
    year: m.year,
    month: m.month,
    day: m.day,
    cue: m.cue,
    held: m.held,
    sentenceYear: m.sentenceYear,
    elliptical: m.elliptical,
    start: m.start,
    end: m.end,
    sentence,
    namedPartner: undefined,
    partnerNearby: undefined,
  };
}

/**
 * One report. Its steps are functions of their own: V8 spent up to a second compiling the single function they made,
 * again after each deoptimisation (several times a cold start, on each thread), and ran it unoptimised meanwhile.
 */
function extractReport(article: Article): ArticleFacts {
  // Plain loops rather than flatMap (a generic builtin that checks every element it flattens): the same lists.
  const sentences: Sentence[] = [];
  for (const passage of article.passages) for (const sentence of splitSentences(passage)) sentences.push(sentence);
  // Read once, used twice: here for the rounds, and by findEvents for the rounds it must not report again.
  const mentionsBySentence = new Map<Sentence, RoundMention[]>();
  const located: Located[] = [];
  for (const sentence of sentences) {
    const mentions = findRoundMentions(sentence.text);
    mentionsBySentence.set(sentence, mentions);
    for (const m of mentions) located.push(locate(m, sentence));
  }
  const titleMentions = findRoundMentions(article.title);
  const partner = mainPartner(article, located);
  const facts: ArticleFacts = { article: article.id, rounds: [], events: [] };
  if (!partner) return facts;
  const reference = referenceFor(article, partner);
  const resolved = resolvedMentions(article, sentences, titleMentions, located, partner);
  const usable = resolved.filter((m) => m.mechanism !== null && m.partner === partner && m.cue !== 'proposed');
  // A report names its own round in full at least once: an elliptical mention is never the round it reports.
  const primary = primaryRound(
    titleMentions,
    usable.filter((m) => !m.elliptical),
    reference,
  );
  if (namesMechanism(primary))
    facts.rounds.push(reportedRound(article, sentences, titleMentions, usable, primary, partner, reference));
  mentionedRounds(facts, resolved, usable, primary, partner, reference);
  facts.events = findEvents(
    article,
    sentences,
    partner,
    reference,
    primary?.mechanism ?? null,
    (s) => mentionsBySentence.get(s)!,
  );
  return facts;
}

/**
 * The body's round mentions with what they leave unsaid filled in: the mechanism an elliptical or generic mention
 * refers back to, the article's partner, a shortened name's full mechanism, a proposed numbered round as planned.
 */
function resolvedMentions(
  article: Article,
  sentences: Sentence[],
  titleMentions: RoundMention[],
  located: Located[],
  partner: string,
): Located[] {
  const mechanismOfArticle =
    titleMentions.find((m) => m.mechanism)?.mechanism ?? located.find((m) => m.mechanism)?.mechanism ?? null;
  // An elliptical "phiên thứ 9" or a generic "Đối thoại lần thứ 8" refers back to the mechanism named before it
  // (src/knowledge/antecedents.ts); where what it refers to is a guess, it is left out.
  const mechanismsNamed = new Set<string>();
  for (const m of titleMentions) if (m.mechanism !== null) mechanismsNamed.add(m.mechanism);
  for (const m of located) if (m.mechanism !== null) mechanismsNamed.add(m.mechanism);
  const single = mechanismsNamed.size === 1 ? [...mechanismsNamed][0]! : null;
  const resolved = resolveMentions(located, sentences, article.passages, single, mechanismOfArticle, partner);
  for (const m of resolved) m.partner ??= partner;
  shortNames(resolved);
  // A mechanism only proposed or to be set up is no round; a numbered round proposed is one planned.
  for (const m of resolved) if (m.cue === 'proposed' && m.round !== null) m.cue = 'planned';
  return resolved;
}

type NamedMention = RoundMention & { mechanism: string };
const namesMechanism = (m: RoundMention | null): m is NamedMention => Boolean(m?.mechanism);

/** The record of the round the article reports, from its sentences and those about it. */
function reportedRound(
  article: Article,
  sentences: Sentence[],
  titleMentions: RoundMention[],
  usable: Located[],
  primary: NamedMention,
  partner: string,
  reference: YearReference | null,
): RoundRecord {
  // The mentions of the reported round, and the sentences that name another numbered round.
  const ofPrimary: Located[] = [];
  const otherRounds = new Set<Sentence>();
  for (const m of usable) {
    if (sameRound(m, primary)) ofPrimary.push(m);
    else if (m.round !== null) otherRounds.add(m.sentence);
  }
  const titleSaysHeld = titleMentions.some((m) => sameRound(m, primary) && m.cue === 'none');
  // "preparations for the second round were under way": a round named without its mechanism does not make a
  // planned one held.
  const named = ofPrimary.filter((m) => !m.elliptical || m.held);
  const allPlanned = !titleSaysHeld && named.length > 0 && named.every((m) => m.cue === 'planned');
  const lead = sentences.filter((s) => s.passage === article.passages[0] && s.index === 0);
  // Lists made by loops, not \`map\` (see keysOf).
  const ofPrimarySentences: Sentence[] = [];
  for (const m of ofPrimary) ofPrimarySentences.push(m.sentence);
  const roundSentences = distinct(ofPrimarySentences, lead);
  const record = emptyRecord(partner, primary.mechanism, primary.round, allPlanned ? 'planned' : 'held');
  const ofRound = new Set(roundSentences);
  const aboutRound = sentences.filter((s) => ofRound.has(s) || (DIALOGUE_WORD.test(s.text) && !otherRounds.has(s)));

  record.sources = evidenceOfEach(roundSentences);
  record.evidence.round = evidenceOfEach(ofPrimarySentences);
  setRoundDate(record, ofPrimary, lead, reference, article.published, allPlanned);

  setVenues(record, distinct(ofPrimarySentences, lead), aboutRound);

  // "… lần thứ 7 được tổ chức tại …. A và B đồng chủ trì.": the chairs may be named in the next sentences of the
  // paragraph that reports the round, without the dialogue's name.
  // "… lần thứ 5 đã diễn ra. ¶ Đoàn Việt Nam do A làm Trưởng đoàn. Đoàn Lào do B làm Trưởng đoàn.": or in the
  // paragraph right after the one that first reports it.
  const roundPassages = new Set(roundSentences.map((s) => s.passage));
  const firstIndex = Math.min(...[...roundPassages].map((p) => p.index));
  const samePassage = sentences.filter((s) => roundPassages.has(s.passage) || s.passage.index === firstIndex + 1);
  setCoChairs(record, distinct(roundSentences, samePassage, aboutRound), partner);

  setTopics(record, sentences);
  // Documents signed at the round: in its sentences and paragraphs ("Nhân dịp này, hai trưởng đoàn đã ký …").
  const tied = sentences.filter((s) => tiedToRound(s.text));
  setAgreements(record, distinct(aboutRound, samePassage, tied), reference);
  record.id = roundId(partner, record.mechanism, record.round, record.date);
  return record;
}

/** The round's date from its sentences and the lead (dateOfRound), with the sentence that gives it. */
function setRoundDate(
  record: RoundRecord,
  ofPrimary: Located[],
  lead: Sentence[],
  reference: YearReference | null,
  published: HistDate | null,
  allPlanned: boolean,
): void {
  // One list by one loop (see keysOf), each item of one shape.
  const candidates: { sentence: Sentence; mention: { start: number; end: number } | null }[] = [];
  for (const m of ofPrimary) candidates.push({ sentence: m.sentence, mention: m });
  for (const s of lead) candidates.push({ sentence: s, mention: null });
  const dated = dateOfRound(candidates, reference, published, allPlanned);
  if (dated) setDate(record, dated.date, dated.evidence);
  // An upper bound rests on the report itself: its sentence about the round, published on that date.
  if (dated && !dated.evidence) record.evidence.date = record.evidence.round!.slice(0, 1);
}

function setCoChairs(record: RoundRecord, sentences: Sentence[], partner: string): void {
  record.coChairs = coChairsOf(sentences, partner);
  if (record.coChairs.length) record.evidence.coChairs = record.coChairs.map((c) => c.evidence);
}

/**
 * A place from another sentence counts only if it reports the round taking place: "… hy sinh tại Campuchia" in a
 * sentence about the dialogue mechanism is no venue. The round's own sentences come first, and venuesOf stops at the
 * first sentence naming a place: the other sentences about the round are asked whether they report it taking place
 * (a scan each) only when none of them does.
 */
function setVenues(record: RoundRecord, roundSentences: Sentence[], aboutRound: Sentence[]): void {
  let place = venuesOf(roundSentences);
  if (place.evidence.length === 0) {
    const seen = new Set(roundSentences);
    place = venuesOf(aboutRound.filter((s) => !seen.has(s) && reportsHeld(s.text)));
  }
  record.venues = place.venues;
  record.format = place.evidence.length || place.venues.length ? place.format : null;
  if (place.evidence.length) record.evidence.venues = record.evidence.format = place.evidence;
}

/**
 * The topics of every sentence of the report, each with its sentences. Gathered per topic first, then written in the
 * order the topics came: a property name made and looked up per match was most of this loop's cost.
 */
function setTopics(record: RoundRecord, sentences: Sentence[]): void {
  const topicEvidence = new Map<string, Evidence[]>();
  for (const s of sentences) {
    for (const t of findTopics(s.text)) {
      let list = topicEvidence.get(t.key);
      if (!list) {
        list = [];
        topicEvidence.set(t.key, list);
        record.topics.push(t.key);
      }
      list.push(evidenceOf(s));
    }
  }
  for (const [topic, list] of topicEvidence) record.evidence[topicEvidenceKey(topic)] = list;
}

/** "topics:maritime-security", made once per topic: the same few property names are written for every round. */
const topicKeys = new Map<string, string>();
function topicEvidenceKey(topic: string): string {
  let key = topicKeys.get(topic);
  if (key === undefined) {
    key = `topics:${topic}`;
    topicKeys.set(topic, key);
  }
  return key;
}

/** A photo caption is never a source ("Hai trưởng đoàn ký biên bản. Ảnh: TTXVN"). */
const CAPTION = /(?:^|\s)(?:Ảnh|Photo)\s*:/u;

/** Documents signed at the round, from the sentences about it, each once, with the sentence that names it. */
function setAgreements(record: RoundRecord, sentences: Sentence[], reference: YearReference | null): void {
  for (const s of sentences) {
    if (CAPTION.test(s.text)) continue;
    for (const doc of findDocuments(s.text)) {
      if (doc.earlier || (doc.year !== null && reference && doc.year < reference.year)) continue;
      if (record.agreements.some((a) => a.original === doc.original)) continue;
      const agreement: Agreement = {
        name: doc.name,
        original: doc.original,
        action: doc.action,
        evidence: evidenceOf(s),
      };
      record.agreements.push(agreement);
    }
  }
  if (record.agreements.length) record.evidence.agreements = record.agreements.map((a) => a.evidence);
}

/**
 * Rounds the article only mentions (an earlier one) or announces (the next one), added to its facts after the one it
 * reports.
 */
function mentionedRounds(
  facts: ArticleFacts,
  located: Located[],
  usable: Located[],
  primary: RoundMention | null,
  partner: string,
  reference: YearReference | null,
): void {
  // Rounds the article only mentions (an earlier one) or announces (the next one): its partner's, and those of other
  // partners an analysis names in passing, each with its partner named near it (never held from here).
  const ofOthers = located.filter(
    (m) => m.mechanism !== null && m.partner !== partner && (m.namedPartner || m.partnerNearby) && m.cue !== 'proposed',
  );
  const mentioned = [...usable, ...ofOthers];
  const inSentence = new Map<Sentence, number>();
  for (const m of mentioned) inSentence.set(m.sentence, (inSentence.get(m.sentence) ?? 0) + 1);
  const recorded = new Set(facts.rounds.map((r) => `${r.partner}|${r.mechanism}|${r.round}`));
  // "the sixth round of the Defence Policy Dialogue was held … in 2022": two mentions of one round in a sentence;
  // the one the date follows speaks for it.
  const keyOf = (m: Located) => `${m.partner}|${m.mechanism}|${m.round}`;
  const dated = new Map<string, Located>();
  for (const m of mentioned) if (m.year !== null && !dated.has(keyOf(m))) dated.set(keyOf(m), m);
  for (const found of mentioned) {
    const other = dated.get(keyOf(found));
    const m = other && other.sentence === found.sentence ? other : found;
    if (primary && m.partner === partner && sameRound(m, primary)) continue;
    if (m.round === null) continue;
    // A round dated in a year already gone is no plan, whatever cue word stands near it.
    const past = m.year !== null && reference !== null && m.year < reference.year;
    const status: RoundStatus = m.cue === 'planned' && !past ? 'planned' : 'mentioned';
    const key = keyOf(m);
    if (recorded.has(key)) continue;
    recorded.add(key);
    const record = emptyRecord(m.partner!, m.mechanism!, m.round, status);
    const evidence = evidenceOf(m.sentence);
    record.sources = [evidence];
    record.evidence.round = [evidence];
    // A date written right after its name ("lần thứ 6 (tháng 7/2023)"), or leading a sentence about it alone.
    const alone = inSentence.get(m.sentence) === 1;
    const written = dateOfMention(m.sentence.text, m, alone);
    const date =
      written &&
      (written.year !== undefined ||
        written.relativeYear !== undefined ||
        status === 'planned' ||
        // "the agreements reached at the 16th dialogue in May": the month written with it, the year the report's.
        (written.month !== undefined && reference !== null && !reference.inferred))
        ? completeDate(written, reference, { future: status === 'planned' })
        : null;
    if (date) setDate(record, date, evidence);
    else if (m.year) {
      const precision = m.day ? 'day' : m.month ? 'month' : 'year';
      setDate(record, { iso: isoOf(m.year, m.month, m.day), precision, inferred: false }, evidence);
    }
    if (status === 'planned') {
      const place = venuesOf([{ ...m.sentence, text: m.sentence.text.slice(m.start) }]);
      record.venues = place.venues;
      if (place.venues.length) record.evidence.venues = [evidence];
    }
    record.id = roundId(record.partner, record.mechanism, record.round, record.date);
    facts.rounds.push(record);
  }
}
