/**
 * What a round named without its mechanism or partner refers to. "phiên thứ 9" in a report of the 9th round, but
 * also the rounds an analysis names in passing: "With the Philippines, the fifth round met in Hanoi …; the sixth
 * followed in Manila in 2024", "Thailand's fourth round (Bangkok, November 2022)", "Với Nga, cơ chế chủ đạo là Đối
 * thoại Chiến lược Quốc phòng. Phiên thứ tư diễn ra tại Mát-xcơ-va tháng 12/2018".
 *
 * The mechanism is the one last named before it in its paragraph (else the article's one mechanism); the partner is
 * the one last named before it in its sentence, else the mechanism's, else the paragraph's or its intertitle's.
 * Where that is a guess — a paragraph naming two countries just before, a dialogue of a kind the vocabulary lacks
 * ("tham vấn chính trị", "Friendship Exchange") in between — the mention is left out.
 */
import type { Passage } from '../corpus/index.js';
import { findPartners } from './match.js';
import type { RoundMention } from './round-mentions.js';
import type { Sentence } from './sentences.js';

export interface Located extends RoundMention {
  sentence: Sentence;
  /** The sentence itself names the partner near the round. */
  namedPartner?: boolean;
  /** The partner was read before the mention (its sentence, its mechanism's, its paragraph's), not assumed. */
  partnerNearby?: boolean;
}

/** A dialogue of a kind the vocabulary does not know: a round after it may be one of its own, not a mechanism's. */
const OTHER_DIALOGUE =
  /[Tt]ham vấn chính trị|[Gg]iao lưu hữu nghị|[Dd]iễn đàn|\b(?:[Pp]olitical [Cc]onsultations?|Exchange|Forum)\b/u;

/** A short line between paragraphs that names its section ("India: the oldest habit", "Với Lào"). */
const isIntertitle = (p: Passage) => p.text.length <= 80 && !/[.!?…]$/u.test(p.text);

function lastPartnerIn(text: string): string | null {
  const found = findPartners(text);
  return found.at(-1)?.key ?? null;
}

/** The one partner a stretch of text names, or null when it names none or several. */
function onlyPartnerIn(text: string): string | null {
  const keys = new Set(findPartners(text).map((p) => p.key));
  return keys.size === 1 ? [...keys][0]! : null;
}

/**
 * Fills in the mechanism and partner of mentions that lack them, in place, and returns the mentions that can be
 * read: an elliptical one whose mechanism or partner would be a guess is dropped. `single` is the article's one
 * mechanism when it names only one.
 */
export function resolveMentions(
  located: Located[],
  sentences: Sentence[],
  passages: Passage[],
  single: string | null,
  articleMechanism: string | null,
  articlePartner: string | null,
): Located[] {
  // An analysis of several partners names rounds of two or more of them; a report of one round rarely does, and there
  // a paragraph that names another country is no sign that a round belongs to it.
  const named = new Set<string>();
  for (const m of located) if (m.partner !== null) named.add(m.partner);
  const at: Positions = {
    sentence: new Map(sentences.map((s, i) => [s, i])),
    passage: new Map(passages.map((p, i) => [p, i])),
    sentences,
    passages,
    articlePartner,
    severalPartners: named.size >= 2,
  };
  const kept: Located[] = [];
  // The last mention that names its mechanism, in the paragraph being read (mentions come in text order).
  let antecedent: Located | undefined;
  for (const m of located) {
    if (antecedent && antecedent.sentence.passage !== m.sentence.passage) antecedent = undefined;
    m.namedPartner = m.partner !== null;
    if (m.mechanism !== null && !m.elliptical) {
      // "Canada came later. Its first Defence Policy Dialogue with Vietnam was held …": the paragraph's partner.
      const partner = m.partner === null ? partnerBefore(m, undefined, at) : null;
      // In a report of one partner, a round whose paragraph names only another country is left out: neither the
      // report's partner nor that country is sure.
      if (partner && partner !== articlePartner && !at.severalPartners) continue;
      if (partner) {
        m.partner = partner;
        m.partnerNearby = true;
      }
      kept.push(m);
      antecedent = m;
      continue;
    }
    const between = antecedent ? textBetween(at, antecedent, m) : m.sentence.text.slice(0, m.start);
    if (m.elliptical && OTHER_DIALOGUE.test(between)) continue;
    // "nhất trí thiết lập cơ chế Đối thoại …; phiên đối thoại đầu tiên dự kiến …": a mechanism still to be set up
    // has no rounds yet.
    if (antecedent?.cue === 'proposed') continue;
    const mechanism = antecedent?.mechanism ?? (m.elliptical ? single : articleMechanism);
    if (mechanism === null) continue;
    m.mechanism = mechanism;
    if (m.partner === null) {
      const partner = partnerBefore(m, antecedent, at);
      if (partner === undefined) continue;
      if (partner !== null && partner !== articlePartner && !at.severalPartners && !inSentenceOf(m, partner)) continue;
      if (partner !== null) {
        m.partner = partner;
        m.partnerNearby = true;
      }
    }
    kept.push(m);
  }
  return kept;
}

interface Positions {
  sentence: Map<Sentence, number>;
  passage: Map<Passage, number>;
  sentences: Sentence[];
  passages: Passage[];
  articlePartner: string | null;
  /** The article names rounds of two partners or more (an analysis, a round-up). */
  severalPartners: boolean;
}

/** The partner is named in the mention's own sentence, before it ("Thailand's fourth round"). */
const inSentenceOf = (m: Located, partner: string) =>
  findPartners(m.sentence.text.slice(0, m.start)).some((p) => p.key === partner);

/** How far back in its paragraph a mention looks for the partner, and for its antecedent's end. */
const LOOK_BACK = 12;

/** The text from the end of the antecedent to the start of the mention, across the sentences between. */
function textBetween(at: Positions, from: Located, to: Located): string {
  if (from.sentence === to.sentence) return to.sentence.text.slice(from.end, to.start);
  const b = at.sentence.get(to.sentence)!;
  const a = Math.max(at.sentence.get(from.sentence)!, b - LOOK_BACK);
  return [
    from.sentence.text.slice(from.end),
    ...at.sentences.slice(a + 1, b).map((s) => s.text),
    to.sentence.text.slice(0, to.start),
  ].join(' ');
}

/**
 * The partner of a mention that names none: the last one named before it in its sentence; else its mechanism's
 * (named with the antecedent); else the one partner its paragraph or the intertitle above names before it. null:
 * nothing named nearby (the article's partner), undefined: two candidates (left out).
 */
function partnerBefore(m: Located, antecedent: Located | undefined, at: Positions): string | null | undefined {
  const inSentence = lastPartnerIn(m.sentence.text.slice(0, m.start));
  if (inSentence) return inSentence;
  if (antecedent?.partner && antecedent.namedPartner) return antecedent.partner;
  const index = at.sentence.get(m.sentence)!;
  for (let i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
    const s = at.sentences[i]!;
    if (s.passage !== m.sentence.passage) break;
    if (findPartners(s.text).length === 0) continue;
    return onlyPartnerIn(s.text) ?? undefined;
  }
  const p = at.passage.get(m.sentence.passage) ?? 0;
  const above = p > 0 ? at.passages[p - 1] : undefined;
  if (above && isIntertitle(above)) return onlyPartnerIn(above.text);
  return null;
}
