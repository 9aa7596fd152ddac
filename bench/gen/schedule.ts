/**
 * The history the corpus reports on: for each partner a few dialogue series, each a run of rounds numbered 1–15 in date
 * order between 2005 and 2025, hosts alternating, co-chairs serving several rounds. Articles are then written about
 * these rounds, so every article about one round agrees with the others on its date, venue and co-chairs.
 */
import type { Mechanism, Partner, Place, Vocabulary } from '../../src/vocabulary/index.js';
import { foreignPerson, vietnamesePerson, type Person } from './people.js';
import type { Rng } from './random.js';
import { DOCUMENT_KINDS, TOPIC_PHRASES, type DocumentKind } from './phrases.js';

export interface Official {
  person: Person;
  /** Vietnamese rank ("Thượng tướng") or null for a civilian. */
  rankVi: string | null;
  rankEn: string | null;
  titleVi: string;
  titleEn: string;
  side: string;
}

export interface RoundPlan {
  partner: Partner;
  mechanism: Mechanism;
  round: number;
  /** The event day, UTC midnight. */
  date: Date;
  online: boolean;
  /** The in-person venue, or the partner's end of an online link. */
  venue: Place;
  hanoi: Place;
  capital: Place;
  vnChair: Official;
  foreignChair: Official;
  /** Who receives the visiting co-chair: the host side's minister, never a co-chair. */
  host: Official;
  topics: string[];
  document: { kind: DocumentKind; topic: string | null; years: [number, number] } | null;
  /** The previous round (possibly before 2005) and the venue agreed for the next one. */
  previous: { round: number; year: number } | null;
  next: { round: number; venue: Place };
}

const MECHANISM_WEIGHTS: [string, number][] = [
  ['defence-policy-dialogue', 0.6],
  ['strategic-defence-dialogue', 0.2],
  ['defence-consultation', 0.12],
  ['political-security-defence-dialogue', 0.08],
];
const VN_DEPUTY_RANKS: [string, string][] = [
  ['Thượng tướng', 'Senior Lieutenant General'],
  ['Trung tướng', 'Lieutenant General'],
];
const FOREIGN_RANKS: [string, string][] = [
  ['Trung tướng', 'Lieutenant General'],
  ['Thiếu tướng', 'Major General'],
  ['Phó Đô đốc', 'Vice Admiral'],
];

function weighted(rng: Rng, options: [string, number][]): string {
  let r = rng.next();
  for (const [value, weight] of options) if ((r -= weight) < 0) return value;
  return options[0]![0];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

export function planHistory(rng: Rng, vocab: Vocabulary): RoundPlan[] {
  const cities = vocab.places.filter((p) => p.kind === 'city');
  const hanoi = cities.find((c) => c.country === 'VN' && c.en === 'Hanoi')!;
  // A venue must not read as a topic: "Cam Ranh" is also the port that marks naval visits.
  const topicTerms = new Set(vocab.topics.flatMap((t) => [...t.termsVi, ...t.termsEn]).map((t) => t.toLowerCase()));
  const vnCities = [
    hanoi,
    ...cities.filter(
      (c) =>
        c.country === 'VN' && c !== hanoi && !topicTerms.has(c.vi.toLowerCase()) && !topicTerms.has(c.en.toLowerCase()),
    ),
  ];
  // One Vietnamese minister per five-year term; each partner gets its own ministers on demand.
  const vnMinisters = new Map<number, Official>();
  const vnMinister = (year: number) => {
    const term = Math.floor((year - 2005) / 5);
    if (!vnMinisters.has(term)) {
      vnMinisters.set(term, {
        person: vietnamesePerson(rng),
        rankVi: 'Đại tướng',
        rankEn: 'General',
        titleVi: 'Bộ trưởng Bộ Quốc phòng',
        titleEn: 'Minister of National Defence',
        side: 'VN',
      });
    }
    return vnMinisters.get(term)!;
  };
  const plans: RoundPlan[] = [];
  for (const partner of vocab.partners) {
    const partnerCities = cities.filter((c) => c.country === partner.code);
    if (partner.code === 'VN' || partnerCities.length === 0) continue;
    const capital = partnerCities[0]!;
    const foreignMinisters = new Map<number, Official>();
    const foreignMinister = (year: number) => {
      const term = Math.floor((year - 2005) / 4);
      if (!foreignMinisters.has(term)) {
        foreignMinisters.set(term, {
          person: foreignPerson(rng, partner.code),
          rankVi: null,
          rankEn: null,
          titleVi: `Bộ trưởng Quốc phòng ${partner.nameVi}`,
          titleEn: `Minister of Defence of ${partner.name}`,
          side: partner.code,
        });
      }
      return foreignMinisters.get(term)!;
    };
    const mechanismKeys = new Set([weighted(rng, MECHANISM_WEIGHTS)]);
    if (rng.chance(0.45)) mechanismKeys.add(weighted(rng, MECHANISM_WEIGHTS));
    if (rng.chance(0.15)) mechanismKeys.add(weighted(rng, MECHANISM_WEIGHTS));
    for (const key of mechanismKeys) {
      const mechanism = vocab.mechanisms.find((m) => m.key === key)!;
      const diplomatic = key === 'political-security-defence-dialogue';
      let year = 2005 + rng.int(15);
      let round = year <= 2007 && rng.chance(0.4) ? rng.between(2, 4) : 1;
      let vnHosts = rng.chance(0.5);
      let vnChair: Official | null = null;
      let foreignChair: Official | null = null;
      const series: RoundPlan[] = [];
      const previousYear = round > 1 ? year - 1 - rng.int(2) : null;
      while (year <= 2025 && round <= 15) {
        if (!vnChair || rng.chance(0.3)) {
          const [rankVi, rankEn] = diplomatic ? [null, null] : rng.pick(VN_DEPUTY_RANKS);
          vnChair = diplomatic
            ? {
                person: vietnamesePerson(rng),
                rankVi,
                rankEn,
                titleVi: 'Thứ trưởng Bộ Ngoại giao',
                titleEn: 'Deputy Minister of Foreign Affairs',
                side: 'VN',
              }
            : {
                person: vietnamesePerson(rng),
                rankVi,
                rankEn,
                titleVi: 'Thứ trưởng Bộ Quốc phòng',
                titleEn: 'Deputy Minister of National Defence',
                side: 'VN',
              };
        }
        if (!foreignChair || rng.chance(0.4)) {
          const [rankVi, rankEn] = !diplomatic && rng.chance(0.25) ? rng.pick(FOREIGN_RANKS) : [null, null];
          foreignChair = diplomatic
            ? {
                person: foreignPerson(rng, partner.code),
                rankVi,
                rankEn,
                titleVi: 'Thứ trưởng Ngoại giao',
                titleEn: 'Deputy Minister of Foreign Affairs',
                side: partner.code,
              }
            : {
                person: foreignPerson(rng, partner.code),
                rankVi,
                rankEn,
                titleVi: rng.pick(['Thứ trưởng Quốc phòng', 'Thứ trưởng Bộ Quốc phòng']),
                titleEn: 'Deputy Minister of Defence',
                side: partner.code,
              };
        }
        const month = rng.int(12);
        const date = new Date(Date.UTC(year, month, 1 + rng.int(daysIn(year, month))));
        // Online rounds belong to the pandemic years and a few after.
        const online = rng.chance(year === 2020 || year === 2021 ? 0.6 : year >= 2022 ? 0.05 : 0);
        const venue = online
          ? capital
          : vnHosts
            ? rng.chance(0.85)
              ? hanoi
              : rng.pick(vnCities)
            : rng.chance(0.85)
              ? capital
              : rng.pick(partnerCities);
        const topicKeys = Object.keys(TOPIC_PHRASES).filter((t) => t !== 'covid-19' || (year >= 2020 && year <= 2022));
        const topics = rng.sample(topicKeys, rng.between(4, 6));
        const document = rng.chance(0.25)
          ? {
              kind: rng.pick(DOCUMENT_KINDS),
              topic: rng.chance(0.6) ? rng.pick(topics) : null,
              years: [year + 1, year + 3] as [number, number],
            }
          : null;
        series.push({
          partner,
          mechanism,
          round,
          date,
          online,
          venue,
          hanoi,
          capital,
          vnChair,
          foreignChair,
          host: vnHosts ? vnMinister(year) : foreignMinister(year),
          topics,
          document,
          previous:
            round > 1 ? { round: round - 1, year: series.at(-1)?.date.getUTCFullYear() ?? previousYear! } : null,
          next: { round: round + 1, venue: vnHosts ? capital : hanoi },
        });
        round++;
        year += rng.chance(0.7) ? 1 : 2;
        vnHosts = !vnHosts;
      }
      // The venue agreed for the next round is where that round then took place.
      series.forEach((plan, i) => {
        const following = series[i + 1];
        if (following && !following.online) plan.next = { round: following.round, venue: following.venue };
      });
      plans.push(...series);
    }
  }
  return plans;
}
