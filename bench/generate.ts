/**
 * A deterministic scale corpus: a planned history of dialogue rounds (bench/gen/schedule.ts), then articles reporting
 * those rounds in the layouts of the real seeds — title, a date line in one of several styles or none, a lead with the
 * day, mechanism, round, venue and co-chairs, topic paragraphs, sometimes a signed document, an earlier and a next
 * round, a courtesy call by a minister who is not a co-chair, the end mark, a source line, then site furniture.
 * Each article carries the facts it plants, so tests can check that they parse and extract back.
 * Same seed, same bytes: a seeded PRNG, no clock.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabulary } from '../src/vocabulary/index.js';
import { chooseForArticle } from './gen/article-choices.js';
import { addDays, dateLine, isoDay, isoMonth } from './gen/calendar.js';
import { furniture } from './gen/furniture.js';
import { seededRng } from './gen/random.js';
import { planHistory } from './gen/schedule.js';
import { writeEnglish } from './gen/write-en.js';
import { writeVietnamese } from './gen/write-vi.js';

export interface PlantedFacts {
  /** ISO code of the partner. */
  partner: string;
  /** Mechanism key from data/mechanisms.json. */
  mechanism: string;
  round: number;
  status: 'held';
  /** YYYY-MM-DD, or YYYY-MM when the article gives only the month. */
  date: string;
  /** English place names; an online round lists Hanoi first, then the partner's end. */
  venues: string[];
  format: 'online' | 'in-person';
  /** Names exactly as the article writes them. */
  coChairs: { name: string; side: string }[];
  /** Topic keys the article mentions. */
  topics: string[];
  /** An earlier round the article refers to. */
  mentioned: { round: number; year: number } | null;
  /** The next round the two sides agreed to hold, with its English venue. */
  planned: { round: number; venue: string } | null;
  /** Documents signed at the round, by their English kind ("Memorandum of understanding"). */
  documents: { kind: string }[];
  /** A minister who received a co-chair: named in the article, and not a co-chair. */
  courtesyCall: { name: string; side: string } | null;
  /** The date line's day, or null when the article has none. */
  published: string | null;
  /** The outlet as the source line or dateline lead names it. */
  outlet: string;
  language: 'vi' | 'en';
  /** The round as written in the lead ("lần thứ tư", "4th"). */
  roundPhrase: string;
}

/** How the article was laid out, so tests can check the variety without parsing it. */
export interface ArticleLayout {
  dateLine: string | null;
  paragraphBreak: 'blank-line' | 'newline';
  nfd: boolean;
  crlf: boolean;
}

export interface GeneratedArticle {
  file: string;
  text: string;
  planted: PlantedFacts;
  layout: ArticleLayout;
}

export function generateCorpus(options: { articles: number; seed: number }): GeneratedArticle[] {
  if (!Number.isInteger(options.articles) || options.articles < 0)
    throw new Error(`generateCorpus: articles must be a whole number ≥ 0, got ${options.articles}`);
  const rng = seededRng(options.seed);
  const vocab = loadVocabulary();
  const plans = planHistory(rng, vocab);
  const partners = [...new Set(plans.map((p) => p.partner))];
  // Every round is reported once before any is reported twice; then rounds draw further reports at random.
  const firstPass = rng.sample(plans, plans.length);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const plan = i < firstPass.length ? firstPass[i]! : rng.pick(plans);
    const choices = chooseForArticle(rng, plan);
    const written = choices.lang === 'vi' ? writeVietnamese(rng, plan, choices) : writeEnglish(rng, plan, choices);
    const published = addDays(plan.date, rng.int(4));
    const line = choices.withDateLine ? dateLine(rng, published, choices.lang) : null;
    const paragraphBreak = rng.chance(0.65) ? 'blank-line' : 'newline';
    const head = line
      ? rng.chance(0.8)
        ? [written.title, '', line.text, '']
        : [written.title, line.text]
      : [written.title];
    const body = written.paragraphs.join(paragraphBreak === 'blank-line' ? '\n\n' : '\n');
    let text = `${[...head, body, written.sourceLine, '', ...furniture(rng, choices.lang, published, partners)].join('\n')}\n`;
    const nfd = rng.chance(0.04);
    const crlf = rng.chance(0.06);
    if (nfd) text = text.normalize('NFD');
    if (crlf) text = text.replace(/\n/g, '\r\n');
    out.push({
      file: `gen_${String(i).padStart(6, '0')}.txt`,
      text,
      layout: { dateLine: line?.style ?? null, paragraphBreak, nfd, crlf },
      planted: {
        partner: plan.partner.code,
        mechanism: plan.mechanism.key,
        round: plan.round,
        status: 'held',
        date: choices.monthOnly ? isoMonth(plan.date) : isoDay(plan.date),
        venues: plan.online ? [plan.hanoi.en, plan.capital.en] : [plan.venue.en],
        format: plan.online ? 'online' : 'in-person',
        coChairs: written.coChairNames,
        topics: choices.topics,
        mentioned: choices.mentionsPrevious ? plan.previous : null,
        planned: choices.mentionsNext ? { round: plan.next.round, venue: plan.next.venue.en } : null,
        documents: choices.mentionsDocument && plan.document ? [{ kind: plan.document.kind.en }] : [],
        courtesyCall: choices.mentionsCourtesyCall ? { name: plan.host.person.name, side: plan.host.side } : null,
        published: line ? isoDay(published) : null,
        outlet: written.outlet,
        language: choices.lang,
        roundPhrase: written.roundPhrase,
      },
    });
  }
  return out;
}

/** Writes each article to its file and one planted.json manifest: [{ file, ...planted }]. */
export function writeCorpus(dir: string, generated: GeneratedArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const g of generated) writeFileSync(join(dir, g.file), g.text);
  writeFileSync(
    join(dir, 'planted.json'),
    JSON.stringify(
      generated.map((g) => ({ file: g.file, ...g.planted })),
      null,
      1,
    ),
  );
}
