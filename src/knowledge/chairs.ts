/**
 * Co-chairs of a round, read from the sentences that say who chaired or led: "A và B đồng chủ trì", "dưới sự đồng
 * chủ trì của A và B", "Đoàn … do A làm Trưởng đoàn / dẫn đầu", "co-chaired by A and B", "under the chairmanship of
 * A and B", "A and his counterpart B co-chaired", "led by A", "theo lời mời của A". The cue words are data
 * (data/cues.json, chairCues). Someone who only receives a delegation ("tiếp", "chào xã giao", "received") is never
 * read here, because those verbs are not cues.
 */
import { NotAfter } from '../text/index.js';
import { type ChairCueRow, loadChairCues } from '../vocabulary/index.js';
import { findPartners } from './match.js';
import { type PersonMention, readPerson } from './people.js';

export type ChairRole = 'co-chair' | 'delegation-head' | 'host';

export interface ChairMention extends PersonMention {
  role: ChairRole;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Spaces in a cue match any run of spaces; the longest cue is tried first. */
const alternation = (rows: ChairCueRow[]) =>
  `(?:${[...new Set(rows.map((r) => r.cue))]
    .sort((a, b) => b.length - a.length)
    .map((c) => escapeRegExp(c).replace(/\s+/g, '\\s+'))
    .join('|')})`;
// Not a letter, mark (or dash) on either side, written "\p{L}|\p{M}" rather than the class "[\p{L}\p{M}]": the same
// characters, but V8 compiles a class joining two Unicode properties two to three times slower (it sorts their merged
// ranges), and every pattern is compiled again on each thread of a cold start. The side before is a look-behind
// checked by NotAfter (src/text/not-after.ts) at each match, not by V8 at each character of a long chair sentence.
const WORD_START = '\\p{L}|\\p{M}|-';
const WORD_END = '(?!\\p{L}|\\p{M}|-)';

interface Patterns {
  /**
   * Any cue word at all but sideHas's, one plain alternation: most sentences have none, and V8 scans this fast. With
   * sidePhia ("phía" as a word, which sideHas needs), it says whether any pattern below can match.
   */
  quick: RegExp;
  sidePhia: NotAfter;
  namesAfter: NotAfter;
  namesBefore: NotAfter;
  /** "do A dẫn đầu", "do A làm Trưởng đoàn": every one in the sentence. */
  headDo: NotAfter;
  headBy: NotAfter;
  /** "Trưởng đoàn Việt Nam là A; trưởng đoàn phía Mỹ là B": the side, then the person. */
  headIs: NotAfter;
  /** "Về phía Việt Nam có A; phía Campuchia có B": the side, then its head. */
  sideHas: NotAfter;
  host: NotAfter;
  /**
   * The cue words of each pattern above, alone (sideHas: "phía"), with the same flags: a pattern opening with a
   * look-behind is tried at every character of a long chair sentence, several times the cost of a scan for its words.
   */
  needs: Record<'namesAfter' | 'namesBefore' | 'headDo' | 'headBy' | 'headIs' | 'sideHas' | 'host', RegExp>;
}
let patterns: Patterns | null = null;

function get(): Patterns {
  if (patterns) return patterns;
  const rows = loadChairCues();
  const of = (kind: ChairCueRow['kind']) => alternation(rows.filter((r) => r.kind === kind));
  patterns = {
    // A sideHas cue ("có") is one of the commonest Vietnamese words: it counts only after "phía", which sideHas needs.
    quick: new RegExp(alternation(rows.filter((r) => r.kind !== 'sideHas')), 'iu'),
    sidePhia: new NotAfter(WORD_START, 'phía\\s', 'iu'),
    namesAfter: new NotAfter(WORD_START, `${of('namesAfter')}${WORD_END}[\\s,:]*`, 'iu'),
    namesBefore: new NotAfter(WORD_START, `(?:đã\\s+|cùng\\s+)?${of('namesBefore')}${WORD_END}`, 'iu'),
    headDo: new NotAfter('\\p{L}|\\p{M}', `do\\s+(.+?)\\s+${of('headAfterDo')}${WORD_END}`, 'u'),
    // Up to a comma or the sentence's end, not any dot: "led by Sen. Lt. Gen. Pham Van Tien, Deputy Minister …".
    headBy: new NotAfter(WORD_START, `${of('headBy')}\\s+(.+?)(?=[,;]|\\.\\s*$|$)`, 'iu'),
    headIs: new NotAfter(WORD_START, `${of('headIs')}\\s+(?:phía\\s+)?([^;.,]{1,40}?)\\s+là\\s+([^;]+)`, 'iu'),
    sideHas: new NotAfter(WORD_START, `phía\\s+([^;.,]{1,40}?)\\s+${of('sideHas')}\\s+([^;]+)`, 'iu'),
    host: new NotAfter(WORD_START, `${of('host')}\\s+(.+?)(?=,\\s*(?:ngày|sáng|chiều|tối|[Đđ]oàn|\\d)|[.;]|$)`, 'iu'),
    needs: {
      namesAfter: new RegExp(of('namesAfter'), 'iu'),
      namesBefore: new RegExp(of('namesBefore'), 'iu'),
      headDo: new RegExp(of('headAfterDo'), 'u'),
      headBy: new RegExp(of('headBy'), 'iu'),
      headIs: new RegExp(of('headIs'), 'iu'),
      sideHas: /phía\s/iu,
      host: new RegExp(of('host'), 'iu'),
    },
  };
  return patterns;
}

/** What CHAIRED_WITH needs, with its flags. */
const CHAIRED = /chaired/iu;
const CHAIRED_WITH = new NotAfter(
  '[\\p{L}-]',
  '(?:co-chaired|chaired)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:dialogue|talks|meeting)\\s+with\\s+([^;]+)',
  'iu',
);
const SPLIT_PEOPLE = /\s+(?:và|cùng|and|with)\s+|;\s*/u;

/** The side a delegation phrase names: "Đoàn Việt Nam do …", "the Canadian delegation was led by …". */
function delegationSide(before: string): string | null {
  if (!/[Đđ]oàn|delegation/u.test(before)) return null;
  const tail = before.slice(-60);
  return findPartners(tail).at(-1)?.key ?? (/Việt Nam|Vietnam|Viet Nam|Vietnamese/u.test(tail) ? 'VN' : null);
}

/** Co-chairs named in one sentence (the caller decides whether the sentence is about the round). */
export function findChairs(sentence: string): ChairMention[] {
  const p = get();
  const found: ChairMention[] = [];
  if (!p.quick.test(sentence) && !p.sidePhia.test(sentence)) return found;
  const add = (phrase: string, role: ChairRole, defaultSide: string | null = null) => {
    const parts = phrase.split(SPLIT_PEOPLE);
    for (let i = 0; i < parts.length; i++) {
      let person = readPerson(parts[i]!);
      // An "and" inside a title ("Secretary of Defense for South and Southeast Asia Michael T. Brennan"): a part
      // with no person is read again joined to the next.
      if (!person && i + 1 < parts.length) {
        const joined = readPerson(`${parts[i]} and ${parts[i + 1]}`);
        if (joined && !readPerson(parts[i + 1]!)) {
          person = joined;
          i++;
        }
      }
      if (person && !found.some((f) => f.name === person!.name)) {
        found.push({ ...person, side: person.side ?? defaultSide, role });
      }
    }
  };
  const { needs } = p;
  const after = needs.namesAfter.test(sentence) ? p.namesAfter.exec(sentence) : null;
  if (after) {
    // The names run to the end of the sentence: a ";" may separate the two sides, and "Sen. Lt. Gen." has dots.
    add(sentence.slice(after.index + after[0].length), 'co-chair');
  } else if (needs.namesBefore.test(sentence)) {
    // Every such cue: "A and B held the fifth dialogue …, with C and D leading the two delegations".
    for (const before of p.namesBefore.all(sentence)) add(sentence.slice(0, before.index), 'co-chair');
  }
  // "A co-chaired the dialogue with B": the other chair after "with".
  const partnerAfter = CHAIRED.test(sentence) ? CHAIRED_WITH.exec(sentence) : null;
  if (partnerAfter) add(partnerAfter[1] ?? '', 'co-chair');
  let from = 0;
  for (const led of needs.headDo.test(sentence) ? p.headDo.all(sentence) : []) {
    add(led[1] ?? '', 'delegation-head', delegationSide(sentence.slice(from, led.index)));
    from = led.index + led[0].length;
  }
  from = 0;
  for (const led of needs.headBy.test(sentence) ? p.headBy.all(sentence) : []) {
    add(led[1] ?? '', 'delegation-head', delegationSide(sentence.slice(from, led.index)));
    from = led.index + led[0].length;
  }
  const heads = needs.headIs.test(sentence) ? p.headIs.all(sentence) : [];
  const sides = needs.sideHas.test(sentence) ? p.sideHas.all(sentence) : [];
  for (const head of heads.concat(sides)) {
    const sideWords = head[1] ?? '';
    const side =
      findPartners(sideWords)[0]?.key ?? (/Việt Nam|Vietnam|Viet Nam|Vietnamese/u.test(sideWords) ? 'VN' : null);
    add(head[2] ?? '', 'delegation-head', side);
  }
  const invited = needs.host.test(sentence) ? p.host.exec(sentence) : null;
  if (invited) add(invited[1] ?? '', 'host');
  return found;
}
