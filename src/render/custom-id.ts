/**
 * Button custom ids say everything a click needs: command, page, view, the answer page Sources was opened from (so Back
 * returns there), language, who asked, and the command's arguments. Arguments travel inline as raw Unicode (Discord
 * counts characters, not bytes) when they fit in the 100 characters, so those buttons keep working after a restart;
 * otherwise the id carries a short key to arguments kept by the bot (src/bot/answer-keys.ts), which expire. An id
 * never carries a shortened argument: a button redraws exactly the answer it belongs to, or says it has expired.
 */
import { LIMITS } from './discord-limits.js';

/** The command's arguments, inline, or the key under which the bot keeps them. */
export type ArgsRef = { args: Record<string, string> } | { key: string };

export interface PageState {
  command: string;
  page: number;
  view: 'answer' | 'sources';
  /** The answer page the user was on when they opened Sources: Back returns there. */
  from: number;
  lang: 'en' | 'vi';
  owner: string;
  ref: ArgsRef;
}

const VERSION = 'p2';
/** Room for a button's own suffix ("#n"), which keeps ids unique within a message. */
const SUFFIX_ROOM = 2;

/** Only the characters that separate arguments are escaped; everything else stays as typed, in one character. */
const enc = (s: string) => s.toWellFormed().replace(/[%&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string) => s.replace(/%(25|26|3D)/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

function body(ref: ArgsRef): string {
  if ('key' in ref) return `~${ref.key}`;
  return `=${Object.entries(ref.args)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&')}`;
}

export function encodePageState(state: PageState): string {
  const view = state.view === 'sources' ? 's' : 'a';
  return [VERSION, state.command, state.page, state.from, view, state.lang, state.owner, body(state.ref)].join(';');
}

/**
 * Whether these arguments fit inline in every button of the answer (the longest page numbers and a 20-digit user id
 * assumed). Cheap on hostile input: an argument longer than a whole id cannot fit, whatever the rest.
 */
export function fitsInline(command: string, args: Record<string, string>): boolean {
  if (Object.values(args).some((v) => v.length > LIMITS.customId)) return false;
  const longest = encodePageState({
    command,
    page: 9999,
    from: 9999,
    view: 'sources',
    lang: 'en',
    owner: '9'.repeat(20),
    ref: { args },
  });
  return longest.length <= LIMITS.customId - SUFFIX_ROOM;
}

export function decodePageState(customId: string): PageState | null {
  const id = customId.replace(/#[a-z]$/, '');
  const [version, command, page, from, view, lang, owner, ...rest] = id.split(';');
  const tail = rest.join(';');
  if (
    version !== VERSION ||
    !command ||
    !/^\d{1,4}$/.test(page ?? '') ||
    !/^\d{1,4}$/.test(from ?? '') ||
    (view !== 'a' && view !== 's') ||
    (lang !== 'en' && lang !== 'vi') ||
    owner === undefined ||
    !/^[=~]/.test(tail)
  )
    return null;
  let ref: ArgsRef;
  if (tail.startsWith('~')) ref = { key: tail.slice(1) };
  else {
    const args: Record<string, string> = {};
    for (const pair of tail.slice(1).split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      if (k) args[dec(k)] = dec(v);
    }
    ref = { args };
  }
  return {
    command,
    page: Number(page),
    from: Number(from),
    view: view === 's' ? 'sources' : 'answer',
    lang,
    owner,
    ref,
  };
}
