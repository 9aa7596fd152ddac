/** An English report of one round, in the style of VNA English, VnExpress International and Vietnam News. */
import type { ArticleChoices } from './article-choices.js';
import { leadDayEn } from './calendar.js';
import { withoutDiacritics } from './people.js';
import { EN_ORDINAL_WORDS, FILLER_EN, MONTHS_EN, TOPIC_PHRASES, ordinalDigits } from './phrases.js';
import type { Rng } from './random.js';
import type { Official, RoundPlan } from './schedule.js';
import type { WrittenArticle } from './write-vi.js';

const OUTLETS: [line: string, outlet: string][] = [
  ['Source: VNA', 'VNA'],
  ['Source: VnExpress International', 'VnExpress International'],
  ['Source: Vietnam News', 'Vietnam News'],
  ['Source: VOV', 'VOV'],
];

function ordinalEn(rng: Rng, n: number): string {
  return n < EN_ORDINAL_WORDS.length && rng.chance(0.5) ? EN_ORDINAL_WORDS[n]! : ordinalDigits(n);
}

function listEn(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function writeEnglish(rng: Rng, plan: RoundPlan, choices: ArticleChoices): WrittenArticle {
  const P = `${plan.partner.article === 'the' ? 'the ' : ''}${plan.partner.name}`;
  const mech = rng.chance(0.7) ? plan.mechanism.en : (plan.mechanism.termsEn[1] ?? plan.mechanism.en);
  const roundPhrase = ordinalEn(rng, plan.round);
  // English outlets often print Vietnamese names without their diacritics.
  const vnName = rng.chance(0.5) ? plan.vnChair.person.name : withoutDiacritics(plan.vnChair.person.name);
  const fcName = plan.foreignChair.person.name;
  // An officer is named by rank, then office; a Vietnamese civilian by nationality and office, as VNA writes it.
  const full = (o: Official, name: string, of: string) =>
    o.rankEn
      ? `${o.rankEn} ${name}, ${o.titleEn}${of}`
      : o.side === 'VN'
        ? `Vietnamese ${o.titleEn} ${name}`
        : `${name}, ${o.titleEn}${of}`;
  const vnFull = full(plan.vnChair, vnName, '');
  const fcFull = full(plan.foreignChair, fcName, ` of ${P}`);
  const where = plan.online
    ? rng.pick([
        `via videoconference between ${plan.hanoi.en} and ${plan.capital.en}`,
        `online, with delegations in ${plan.hanoi.en} and ${plan.capital.en}`,
      ])
    : `in ${plan.venue.en}`;
  const y = plan.date.getUTCFullYear();
  const when = choices.monthOnly
    ? `in ${MONTHS_EN[plan.date.getUTCMonth()]} ${y}`
    : `on ${leadDayEn(plan.date, !choices.withDateLine)}`;
  const lead =
    rng.chance(0.5) || choices.monthOnly
      ? `Vietnam and ${P} held their ${roundPhrase} ${mech} ${where} ${when}, co-chaired by ${vnFull}, and ${fcFull}.`
      : `${when[0]!.toUpperCase()}${when.slice(1)}, ${vnFull}, and ${fcFull}, co-chaired the ${roundPhrase} ${mech} ${where}.`;

  const vnShort = () => `Deputy Minister ${vnName}`;
  const fcShort = () => fcName;
  const filler = () =>
    rng
      .sample(FILLER_EN, rng.between(1, 3))
      .map((s) => s.replace('{P}', P).replace('{vn}', vnShort()).replace('{fc}', fcShort()))
      .join(' ');
  const topicPhrases = choices.topics.map((t) => rng.pick(TOPIC_PHRASES[t]!.en));
  const paragraphs = [lead, filler()];
  const since =
    choices.mentionsPrevious && plan.previous
      ? ` since the ${ordinalDigits(plan.previous.round)} dialogue in ${plan.previous.year}`
      : '';
  paragraphs.push(
    `The two sides reviewed the results of their cooperation${since} and agreed to step up cooperation in ${listEn(topicPhrases)}.`,
  );
  if (choices.mentionsDocument && plan.document) {
    const doc = plan.document;
    const topic = doc.topic ? rng.pick(TOPIC_PHRASES[doc.topic]!.en) : 'defence cooperation';
    paragraphs.push(
      `${rng.pick(['At the dialogue', 'On the sidelines of the dialogue'])}, the two sides signed ${doc.kind.enPhrase.replace('{topic}', topic).replace('{years}', `${doc.years[0]}-${doc.years[1]}`)}.`,
    );
  }
  if (choices.mentionsCourtesyCall) {
    const host = plan.host;
    paragraphs.push(
      host.side === 'VN'
        ? `Earlier, ${host.rankEn} ${host.person.name}, ${host.titleEn}, received ${fcName}.`
        : `During the visit, ${vnName} paid a courtesy call on ${host.person.name}, ${host.titleEn}.`,
    );
  }
  if (choices.mentionsNext)
    paragraphs.push(
      `The ${ordinalEn(rng, plan.next.round)} ${mech} will be held in ${plan.next.venue.en} in ${y + 1}.`,
    );
  const [sourceLine, outlet] = rng.pick(OUTLETS);
  const title = rng.pick([
    () => `Vietnam, ${P} hold ${roundPhrase} ${mech}`,
    () => `Vietnam and ${P} boost cooperation in ${listEn(topicPhrases.slice(0, 2))}`,
  ])();
  return {
    title,
    paragraphs,
    sourceLine,
    outlet,
    roundPhrase,
    coChairNames: [
      { name: vnName, side: 'VN' },
      { name: fcName, side: plan.partner.code },
    ],
  };
}
