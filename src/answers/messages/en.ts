/** Every sentence an English reader meets, by name. vi.ts has the same names; the type keeps the two in step. */
import { ordinal } from '../../knowledge/index.js';
import { englishMonths } from '../../vocabulary/index.js';

/** "January" … "December": the month names of data/date-lines.json, capitalised for display. */
const MONTHS = englishMonths().map((m) => m[0]!.toUpperCase() + m.slice(1));
/** "the United States" → "The United States" at the start of a sentence. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const en = {
  labels: {
    status: 'Status',
    date: 'Date',
    venue: 'Venue',
    format: 'Format',
    coChairs: 'Co-chairs',
    topics: 'Topics',
    documents: 'Documents',
    held: 'held',
    mentioned: 'mentioned in a later report',
    planned: 'planned',
    online: 'online',
    inPerson: 'in person',
    unknown: 'unknown',
    rounds: 'Rounds',
    events: 'Other events',
    sources: 'Sources',
    source: 'Source',
    partners: 'Partners',
    passages: 'Passages',
    round: 'round',
    outlet: 'Outlet',
    published: 'Published',
    article: 'Article',
    language: 'Language',
    file: 'File',
    inferred: 'inferred',
    onOrBefore: 'on or before',
    between: 'between',
    and: 'and',
    corpus: 'Corpus',
    skipped: 'Skipped files',
    articles: 'articles',
    none: 'none',
    firstRound: 'First',
    latestRound: 'Latest',
    matches: 'matches',
    timeline: 'Timeline',
    undated: 'undated',
    noDateYet: 'no date yet',
    roundsHeld: 'Rounds held',
    mentionedOrPlanned: 'Mentioned or planned',
    articleCount: 'Articles',
    outlets: 'Outlets',
    languages: 'Languages',
    loaded: 'Loaded',
    knowledgeTable: 'Knowledge table',
    signed: 'signed',
    adopted: 'adopted',
    toBeSigned: 'to be signed',
    link: 'Link',
  },
  /** Questions in words (src/answers/question/): every sentence their answers say. */
  questions: {
    callsTitle: 'Calls and visits on record',
    /** Courtesy calls and the like are not rounds: every call answer says where its facts come from. */
    callsNotKept: 'The knowledge table keeps dialogue rounds, not courtesy calls, receptions or visits',
    noCall: (about: string, when: string) => `No courtesy call, reception or visit${about}${when} is on record.`,
    withNames: (names: string) => ` with ${names}`,
    reported: (date: string) => ` (reported ${date})`,
    /** "The minister received the visiting Deputy Minister (reported 17 September 2021)." */
    didWhat: (subject: string, verb: string, object: string, reported: string) =>
      `${subject} ${verb} ${object}${reported}.`,
    sourceQuote: (quote: string) => ` Source: “${quote}”`,
    bestSentence: (reported: string, quote: string | null, named: string) =>
      `The source sentence that answers best${reported}${named ? ` names ${named}` : ''}:${quote ? ` “${quote}”` : ' it is quoted below.'}`,
    together: (reported: string, quote: string | null) =>
      `A source sentence names them together${reported}:${quote ? ` “${quote}”` : ' it is quoted below.'}`,
    documentsTitle: 'Documents on record',
    noDocument: (when: string) => `No round on record${when} has a document like that signed or adopted.`,
    documentRounds: (rounds: string, count: number, when: string, specific: boolean, lines: string) =>
      `${rounds} on record${when} ${count === 1 ? 'has' : 'have'} ${specific ? 'such documents' : 'documents signed or adopted'}: ${lines}.`,
    chairsTitle: 'Co-chairs by rounds',
    noChair: (withPartner: string) => `No co-chair of a round${withPartner} is on record.`,
    mostChairs: (names: string, withPartner: string, rounds: string, tied: boolean, next: string) =>
      `${names} co-chaired the most rounds on record${withPartner}: ${rounds}${tied ? ' each' : ''}.${next ? ` Next: ${next}.` : ''}`,
    endOfPerson: (first: boolean, names: string, round: string) =>
      `The ${first ? 'earliest' : 'latest'} round on record that ${names} co-chaired is ${round}. `,
    unknownPerson: (names: string, withPartner: string) =>
      `No one named ${names} is on record as co-chair or head of delegation of a round${withPartner}.`,
    apart: (met: boolean, unknown: string, known: string, several: boolean) =>
      met
        ? ' No round on record lists them together'
        : ` So no meeting between ${several ? 'them' : `${unknown} and ${known}`} is on record`,
    knownRounds: (names: string, rounds: string, lines: string) => `; ${names} co-chaired ${rounds}: ${lines}`,
    /** Across partners (across.ts). `rounds` is a count in words ("2 rounds"), `list` rounds by partner. */
    periodTitle: (period: string) => `Rounds: ${period}`,
    noRoundIn: (period: string, nearest: string) =>
      `No round on record took place ${period}.${nearest ? ` The nearest on record: ${nearest}.` : ''}`,
    roundsIn: (rounds: string, period: string, list: string) => `${rounds} on record took place ${period}: ${list}.`,
    noHeldIn: (period: string) => `No held round on record is dated ${period}.`,
    alsoMentioned: (list: string) => ` Also mentioned or planned: ${list}.`,
    otherEvents: (n: number) => ` ${n} other event${n === 1 ? '' : 's'} on record in that time.`,
    noTopicRound: (topic: string, when: string, elsewhere: string, otherTimes: boolean) =>
      `No round on record discussed ${topic}${when}.${elsewhere ? ` It came up ${otherTimes ? 'at other times ' : ''}with ${elsewhere}.` : ''}`,
    topicPartners: (partners: number, topic: string, when: string, rounds: string, list: string) =>
      `${partners} partner${partners === 1 ? '' : 's'} discussed ${topic}${when} in ${rounds} on record: ${list}.`,
    noSharedRound: (names: string, several: boolean, withPartners: string, own: string) =>
      `No round on record lists ${several ? `both ${names}` : names} as co-chair${withPartners}.${own ? ` On record: ${own}.` : ''}`,
    onlyOneChair: (names: string, met: boolean, rounds: string, lines: string) =>
      `Of the people named, only ${names} is a co-chair on record, so ${met ? 'no round lists them together' : 'no meeting between them is on record'}; ${names} co-chaired ${rounds}: ${lines}.`,
    chairedTogether: (names: string, rounds: string, lines: string) =>
      `Yes: ${names} co-chaired ${rounds} on record together: ${lines}.`,
    chaired: (names: string, rounds: string, lines: string) => `${names} co-chaired ${rounds} on record: ${lines}.`,
    placeRounds: (rounds: string, place: string, lines: string) =>
      `${rounds} on record took place in ${place}: ${lines}.`,
    noPlaceRound: (place: string) => `No round on record took place in ${place}.`,
    formatTitle: (how: string) => `Rounds held ${how}`,
    formatRounds: (rounds: string, n: number, how: string, when: string, list: string) =>
      `${rounds} on record ${n === 1 ? 'was' : 'were'} held ${how}${when}: ${list}.`,
    noFormatRound: (how: string, when: string) => `No round on record was held ${how}${when}.`,
    numberTitle: (ordinalText: string, _n: number) => `${ordinalText} rounds on record`,
    noNumbered: (ordinalText: string, _n: number, mechanism: string | null) =>
      `No ${ordinalText} round${mechanism ? ` of a ${mechanism}` : ''} is on record.`,
    numbered: (rounds: string, ordinalText: string, _n: number, lines: string) =>
      `${rounds} numbered ${ordinalText} are on record: ${lines}.`,
    endsTitle: (first: boolean): string => (first ? 'Earliest round on record' : 'Latest round on record'),
    noDated: 'No dated round is on record.',
    endRound: (first: boolean, line: string) =>
      `The ${first ? 'earliest' : 'latest'} dated round on record is ${line}.`,
    mostTitle: 'Rounds by partner',
    noRound: 'No round is on record.',
    tally: (partner: string, held: number, total: number) => `${partner} (${held} held, ${total} on record)`,
    most: (partners: string, several: boolean, held: number, total: number, next: string) =>
      `${capital(partners)} ${several ? 'have' : 'has'} the most rounds on record: ${held} held, ${total} in all.${next ? ` Next: ${next}.` : ''}`,
    total: (rounds: string, partners: number, held: number) =>
      `${rounds} with ${partners} partner${partners === 1 ? '' : 's'} are on record (${held} held). `,
    highestTitle: 'Highest round numbers',
    noNumberedRound: 'No numbered round is on record.',
    /** "Japan's Defence Policy Dialogue (the 4th, 29 November 2016)". */
    series: (partner: string, mechanism: string, ordinalText: string, date: string) =>
      `${partner}${partner.endsWith('s') ? "'" : "'s"} ${mechanism} (the ${ordinalText}${date ? `, ${date}` : ''})`,
    highest: (series: string, next: string) =>
      `The highest round number on record is ${series}.${next ? ` Next: ${next}.` : ''}`,
    /** One partner (partner.ts). `whole` is the partner's whole record ("2 rounds on record (…)"). */
    record: (rounds: string, parts: string) => `${rounds} on record (${parts})`,
    missingNumber: (ordinalText: string, _n: number) => `No ${ordinalText} round`,
    earliestLead: 'The earliest on record',
    latestLead: 'The latest on record',
    afterLead: (ordinalText: string, _n: number) => `The round after the ${ordinalText}`,
    missingAfter: (ordinalText: string, _n: number) => `No round after the ${ordinalText}`,
    nextLead: 'The next round on record',
    missingNext: 'No upcoming round',
    beforeLead: (ordinalText: string, _n: number) => `The round before the ${ordinalText}`,
    missingBefore: (ordinalText: string, _n: number) => `No round before the ${ordinalText}`,
    previousLead: 'The round before the latest',
    missingPrevious: 'No earlier round',
    dialogue: 'dialogue',
    nothing: (pair: string, what: string, partner: string, events: number, told: string) =>
      `No ${pair} ${what} round is on record, nor any other round with ${partner}.${events ? ` The record holds ${events} other event${events === 1 ? '' : 's'} with ${partner}: ${told}.` : ''}`,
    noMechanism: (pair: string, mechanism: string, partner: string, whole: string) =>
      `No ${pair} ${mechanism} is on record. With ${partner}, ${whole}.`,
    noRoundInPeriod: (partner: string, period: string, whole: string) =>
      `No round with ${partner} ${period} is on record; ${whole}.`,
    noSuchRound: (missing: string | undefined, partner: string, whole: string) =>
      `${missing ?? 'No such round'} with ${partner} is on record; ${whole}.`,
    noDate: 'its date is not on record',
    noVenue: 'its venue is not on record',
    leadIs: (lead: string, sentence: string) => `${lead} is ${sentence}`,
    earlierMissing: '; earlier rounds are not on record',
    chosen: (rounds: string, lines: string) => `${rounds} on record: ${lines}`,
    withWhole: (partner: string, whole: string) => `With ${partner}, ${whole}.`,
    noCount: (what: string, partner: string, whole: string) =>
      `No ${what} round with ${partner} is on record (0 rounds)${whole ? `; with ${partner}, ${whole}` : ''}.`,
    count: (
      rounds: string,
      what: string,
      partner: string,
      held: number,
      heldList: string,
      others: number,
      othersList: string,
    ) =>
      `${rounds} of ${what} with ${partner} are on record: ${held} held (${heldList || 'none'})${others ? ` and ${others} mentioned or planned (${othersList})` : ''}.`,
    topicYes: (partner: string, topic: string, rounds: string, list: string) =>
      `Yes: Vietnam and ${partner} discussed ${topic} in ${rounds} on record: ${list}.`,
    topicElsewhere: (partners: string) => ` It came up with ${partners}.`,
    topicNo: (partner: string, topic: string, whole: string, elsewhere: string) =>
      `No round with ${partner} on record discussed ${topic}${whole ? ` (${whole})` : ''}.${elsewhere}`,
    compareNone: (partner: string) => `${partner}: no such round on record`,
    compareLatest: 'Latest on record',
    compareFirst: 'Earliest on record',
    compareOther: 'On record',
    /** Pieces of sentences (phrases.ts). "Vietnam–Japan". */
    pair: (partner: string) => `Vietnam–${partner}`,
    /** "the 4th Vietnam–Japan Defence Policy Dialogue", "a Vietnam–Japan Defence Policy Dialogue"; `pair` ends in a space. */
    roundTitle: (ordinalText: string | null, pair: string, mechanism: string) =>
      ordinalText === null ? `a ${pair}${mechanism}` : `the ${ordinalText} ${pair}${mechanism}`,
    /** "on 29 November 2016", "in August 2013"; a date known only as a latest one ("on or before …") stands alone. */
    when: (date: string, precision: 'day' | 'month' | 'year', onOrBefore: boolean) =>
      onOrBefore ? date : `${precision === 'day' ? 'on' : 'in'} ${date}`,
    /** "online", "online between Hanoi and Ottawa" (`places` is empty with one place or none). */
    online: (places: string) => `online${places ? ` between ${places}` : ''}`,
    at: (places: string) => `in ${places}`,
    held: (parts: string) => `held${parts ? ` ${parts}` : ' (date and venue not on record)'}`,
    planned: (parts: string, dated: boolean) =>
      `planned${parts ? ` ${parts}` : ''}${dated ? '' : ' (no date on record yet)'}`,
    mentionedLater: (date: string) => `mentioned in a later report${date ? ` (${date})` : ''}`,
    /** The verb between a round's title and how it happened: "… was held …", "… is planned …". */
    statementVerb: (held: boolean): string => (held ? ' was' : ' is'),
    coChairedBy: (names: string) => `co-chaired by ${names}`,
    noCoChairs: 'its co-chairs are not on record',
    noDocuments: 'no document signed or adopted there is on record',
    document: (name: string, _original: string, action: 'signed' | 'adopted' | 'planned') => `${name} (${action})`,
    documents: (docs: string) => `documents on record: ${docs}`,
    topicsOnRecord: (topics: string[]) => `topics on record: ${topics.join(', ')}`,
    noTopics: 'no topic of it is on record',
    heldOnline: 'held online',
    heldInPerson: 'held in person',
    formatUnknown: 'the record does not say whether it was held online or in person',
    roundsCount: (n: number) => `${n} round${n === 1 ? '' : 's'}`,
    correction: (understood: string, typed: string) => `${understood} for ‘${typed}’`,
    showing: (parts: string) => `Showing ${parts}.`,
    askTitle: 'Ask a question',
    askExample: 'For example: “what was the latest round with Japan?” or “demining”.',
    fallback: 'The knowledge table holds no answer to this question; these passages match its words.',
    /** How an answer names a period; `in` is for one that does not stand alone ("in 2016", not "in since 2019"). */
    period: {
      years: (years: number[]) => years.join(' and '),
      before: (year: number) => `before ${year}`,
      year: (year: number) => String(year),
      span: (from: number, to: number) => `${from}–${to}`,
      month: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
      since: (year: number) => `since ${year}`,
      range: (from: string, to: string) => `${from} to ${to}`,
      in: (name: string) => `in ${name}`,
    },
  },
  /** Buttons and select menus. */
  controls: {
    previous: '◀ Previous',
    next: 'Next ▶',
    sources: 'Sources',
    back: 'Back to answer',
    openArticle: 'Open article',
    share: 'Share',
    pickRound: 'Show one round…',
    pickPeriod: 'Jump to a period…',
    pickPartner: 'Jump to a partner…',
    allRounds: 'All rounds',
    pageOf: (from: string, to: string) => `${from} – ${to}`,
  },
  dates: {
    day: (d: number, m: number, y: number) => `${d} ${MONTHS[m - 1]} ${y}`,
    month: (m: number, y: number) => `${MONTHS[m - 1]} ${y}`,
    year: (y: number) => String(y),
    /** A Discord timestamp or date in a sentence: "on 23 July 2021", "in July 2021". */
    on: (date: string, precision: 'day' | 'month' | 'year') => `${precision === 'day' ? 'on' : 'in'} ${date}`,
  },
  rounds: {
    ordinal: (n: number) => ordinal(n),
    unnumbered: 'unnumbered',
    /** "4th Defence Policy Dialogue". */
    name: (ordinalText: string, mechanism: string) => `${ordinalText} ${mechanism}`,
  },
  vietnam: 'Vietnam',
  pairTitle: (partner: string) => `Vietnam – ${partner}`,
  /** Vietnamese topic labels hold commas themselves; English ones do not. */
  listSeparator: ', ',
  footer: (articles: number, rounds: number) => `Attaché · ${articles} articles · ${rounds} rounds on record`,
  dialogue: {
    /** "14 defence policy dialogues (the latest, the 14th, on 5 June 2023 in New Delhi; the first in 2003)". */
    mechanismRecord: (count: number, mechanism: string, latest: string, first: string | null) =>
      `${count} ${mechanism.toLowerCase()}${count === 1 ? '' : 's'} (${count === 1 || !first ? latest : `latest: ${latest}; first: ${first}`})`,
    /** "the 4th on 29 November 2016 in Tokyo", "the 1st on 23 July 2021, online between Hanoi and Ottawa". */
    roundAt: (ordinalText: string, when: string, place: string | null, online: string | null) =>
      `the ${ordinalText}${when ? ` ${when}` : ''}${online ? `, ${online}` : place ? ` in ${place}` : ''}`,
    heldLead: (partner: string, records: string) => `On record, Vietnam and ${partner} have held ${records}.`,
    noneHeld: (partner: string) => `No held round of a dialogue between Vietnam and ${partner} is on record.`,
    /** "2 more rounds are known only from later reports." */
    mentioned: (n: number) => `${plural(n, 'more round')} ${n === 1 ? 'is' : 'are'} known only from later reports.`,
    /** "The 10th Political, Security and Defence Dialogue is planned in Washington DC." */
    planned: (round: string, place: string | null) => `The ${round} is planned${place ? ` in ${place}` : ''}.`,
    plannedCount: (n: number) => `${plural(n, 'more round')} ${n === 1 ? 'is' : 'are'} planned.`,
    noDialogue: (partner: string, articles: number, mentioned: boolean) =>
      `There is no dialogue with ${partner} on record in this corpus (${articles} articles). Absence from the corpus is not absence from history: the articles read so far simply do not report one.${mentioned ? ` The corpus does mention ${partner}:` : ` The corpus does not mention ${partner} at all.`}`,
    partnersHint: 'Try `partners` for every partner on record.',
    partnerNotFoundTitle: 'Partner not found',
    partnerNotFound: (typed: string) =>
      `No dialogue with “${typed}” on record in this corpus — it is not a partner Attaché knows. Absence from the corpus is not absence from history.`,
    closestPartners: (names: string) => `Closest partners: ${names}`,
    whichRoundTitle: 'Which round?',
    whichRound: 'The round must be a number (4, 4th), “latest” or “all”.',
    noSuchRound: (partner: string, rounds: string) =>
      `No such round with ${partner} on record. Rounds on record: ${rounds}.`,
  },
  timeline: {
    partnerNotFound: (typed: string) => `“${typed}” is not a partner Attaché knows.`,
    topicNotFoundTitle: 'Topic not found',
    topicNotFound: (typed: string) => `“${typed}” is not a topic Attaché knows.`,
    closestTopics: (names: string) => `Closest topics: ${names}`,
    title: (scope: string) => (scope ? `Timeline: ${scope}` : 'Timeline of the corpus'),
    summary: (rounds: number, events: number, span: string) =>
      `${plural(rounds, 'round')}${events ? ` and ${plural(events, 'other event')}` : ''} on record${span ? `, ${span}` : ''}.`,
    nothing: 'Nothing on record for this choice.',
  },
  topic: {
    whichTitle: 'Which topic?',
    which: 'Give a topic, e.g. “demining”.',
    closeNames: (names: string) => `Topics with close names: ${names}`,
    title: (name: string) => `Topic: ${name}`,
    none: (name: string) => `No round on record discussed ${name.toLowerCase()}.`,
    summary: (name: string, rounds: number, partners: number, latest: string | null, first: string | null) =>
      `${name} came up in ${plural(rounds, 'round')} with ${plural(partners, 'partner')}${latest ? `, most recently with ${latest}` : ''}${first ? `; the first on record was with ${first}` : ''}.`,
    summaryCapped: (name: string, rounds: number, partners: number, shown: number) =>
      `${name} came up in ${rounds} rounds with ${partners} partners; the ${shown} most recent are shown.`,
  },
  search: {
    emptyTitle: 'Empty search',
    empty: 'Type some words to search for, e.g. “bom mìn” or “peacekeeping”.',
    noneTitle: 'No passage found',
    none: (typed: string) => `No passage matches “${typed}”.`,
    noneHint: 'Try fewer words, or Vietnamese wording (with or without diacritics).',
    title: (typed: string) => `Search: ${typed}`,
    summary: (n: number) => `${plural(n, 'passage')}, best first.`,
  },
  source: {
    notFoundTitle: 'Article not found',
    notFound: (typed: string) => `No article “${typed}” in this corpus.`,
    notFoundHint: 'Type a few words of its title in `source` to pick it from the list.',
    noPassageTitle: 'No such passage',
    noPassage: (id: string, n: number) => `Article ${id} has passages 1 to ${n}.`,
    passageCount: (n: number) => plural(n, 'passage'),
    passage: (n: number) => `Passage ${n}`,
  },
  partners: {
    title: 'Partners on record',
    summary: (n: number) => `${plural(n, 'partner')} on record in this corpus.`,
  },
  about: {
    title: 'About this corpus',
    noDated: 'no dated article',
    undated: (n: number) => `(${n} undated)`,
    rounds: (held: number, mentioned: number, planned: number) =>
      [`${held} held`, mentioned ? `${mentioned} mentioned` : '', planned ? `${planned} planned` : '']
        .filter(Boolean)
        .join(', '),
    summary: (articles: number, range: string, outlets: number, skipped: number) =>
      `${plural(articles, 'article')} published ${range}, from ${plural(outlets, 'outlet')}${skipped ? `; ${plural(skipped, 'file')} skipped` : ''}.`,
  },
  suggest: {
    partner: (flag: string, name: string, rounds: number) =>
      `${flag} ${name}${rounds ? ` · ${plural(rounds, 'round')}` : ''}`,
    latest: 'latest — the most recent round held',
    all: 'all — every round on record',
  },
  /** The words the timeline picture writes. */
  picture: {
    held: 'held',
    mentioned: 'mentioned only',
    planned: 'planned',
    event: 'other event',
    highlighted: 'highlighted',
    coarse: 'bar = month, band = year known',
    inferred: '~ date inferred',
    onOrBefore: '≤ on or before',
    undated: 'no date yet',
    /** The picture's alt text (what a screen reader says). */
    alt: (title: string, points: number) => `Timeline picture: ${title}, ${plural(points, 'point')} on a time axis.`,
    /** Under the title when only the partners with most on record are drawn. */
    capped: (shown: number, all: number) => `the ${shown} partners with most on record, of ${all}`,
  },
  help: {
    title: 'Attaché — commands',
    summary:
      "Attaché answers questions about the history of Vietnam's bilateral defence diplomacy from its articles. Click a command to use it.",
  },
  /** What is wrong with an option a user gave. */
  options: {
    empty: 'it is empty',
    tooLong: (max: number) => `it is longer than ${max} characters`,
    whole: (min: number, max: number) => `it must be a whole number from ${min} to ${max}`,
    invalid: 'it is not valid',
  },
  notices: {
    slowDown: (retry: string) => `You are asking quickly: please try again ${retry}.`,
    expired: 'This answer has expired. Please ask again.',
    stale: 'This button belongs to an answer Attaché no longer knows how to redraw. Please ask again.',
    unknownCommand: 'Attaché no longer has this command. Type / to see the ones it has now.',
    badOption: (option: string, problem: string) =>
      `The option \`${option}\` is not right: ${problem}. Please try again.`,
    apology: (id: string) =>
      `Sorry, something went wrong on our side. If it happens again, mention error id \`${id}\`.`,
    shared: 'Shared in the channel.',
    cannotShare: 'Attaché cannot post in this channel, so the answer stays with you.',
  },
};

export type Messages = typeof en;
