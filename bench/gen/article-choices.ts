/** What one article about a round chooses to tell: reports of the same round differ in these, never in the facts. */
import type { Rng } from './random.js';
import type { RoundPlan } from './schedule.js';

export interface ArticleChoices {
  lang: 'vi' | 'en';
  /** The topics this report mentions: a subset of the round's. */
  topics: string[];
  withDateLine: boolean;
  /** Only the month of the event is given (a short or retrospective report). */
  monthOnly: boolean;
  mentionsPrevious: boolean;
  mentionsNext: boolean;
  mentionsDocument: boolean;
  mentionsCourtesyCall: boolean;
}

export function chooseForArticle(rng: Rng, plan: RoundPlan): ArticleChoices {
  const topics = rng.sample(plan.topics, rng.between(2, Math.min(4, plan.topics.length)));
  const mentionsDocument = plan.document !== null && rng.chance(0.8);
  // A document "on peacekeeping" names its topic, so the article then mentions that topic too.
  const documentTopic = mentionsDocument ? plan.document?.topic : null;
  if (documentTopic && !topics.includes(documentTopic)) topics.push(documentTopic);
  return {
    lang: rng.chance(0.15) ? 'en' : 'vi',
    topics,
    withDateLine: rng.chance(0.88),
    monthOnly: rng.chance(0.03),
    mentionsPrevious: plan.previous !== null && rng.chance(0.35),
    mentionsNext: rng.chance(0.35),
    mentionsDocument,
    // Nobody is received in person at an online round.
    mentionsCourtesyCall: !plan.online && rng.chance(0.3),
  };
}
