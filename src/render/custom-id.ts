/**
 * Button custom ids carry everything a click needs (command, arguments, page, view, language, who asked), so buttons
 * keep working after a restart: the handler recomputes the answer from the id. At most 100 characters.
 */
import { LIMITS } from './discord-limits.js';

export interface PageState {
  command: string;
  page: number;
  view: 'answer' | 'sources';
  lang: 'en' | 'vi';
  owner: string;
  args: Record<string, string>;
  /** The arguments were cut to fit the id (a long search or question): the pages answer the shortened text. */
  shortened?: boolean;
}

const VERSION = 'p1';

/**
 * Total: a lone surrogate (which encodeURIComponent refuses with URIError) becomes U+FFFD first, so any text a user
 * typed encodes.
 */
const enc = (s: string) => encodeURIComponent(s.toWellFormed()).replace(/%20/g, '+');
const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, '%20'));

/** The longest prefix of `value`, cut between code points, whose encoding takes at most `room` characters. */
function prefixFitting(value: string, room: number): string {
  let used = 0;
  let end = 0;
  for (const char of value) {
    used += enc(char).length;
    if (used > room) break;
    end += char.length;
  }
  return value.slice(0, end);
}

/** The id for a state, and whether its arguments had to be shortened to fit. */
export function encodePage(state: PageState): { id: string; shortened: boolean } {
  // No argument longer than a whole id can survive: cutting first keeps the work below linear in what fits.
  const args = Object.entries(state.args)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => [k, v.slice(0, LIMITS.customId).toWellFormed()] as [string, string]);
  const bodyOf = () => args.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  const headOf = (shortened: boolean) => {
    // The view letter is upper case when the arguments are shortened, so later pages still say so.
    const view = state.view === 'sources' ? 's' : 'a';
    return [
      VERSION,
      state.command,
      String(state.page),
      shortened ? view.toUpperCase() : view,
      state.lang,
      state.owner,
    ].join(';');
  };
  let shortened = state.shortened === true || args.some(([k, v]) => v.length < (state.args[k] ?? '').length);
  let body = bodyOf();
  // A long free-text argument (a search) is shortened to fit; the answer is recomputed from what is kept.
  // Three characters stay free for a button's own suffix ("#n"), which keeps ids unique within a message.
  // Each pass cuts the longest argument to exactly what fits (or to nothing), so there are at most as many passes
  // as arguments.
  const room = LIMITS.customId - 3;
  for (let pass = 0; headOf(true).length + 1 + body.length > room && pass < args.length; pass++) {
    shortened = true;
    const longest = args.reduce((a, b) => (enc(b[1]).length > enc(a[1]).length ? b : a));
    const others = body.length - enc(longest[1]).length;
    longest[1] = prefixFitting(longest[1], room - headOf(true).length - 1 - others);
    body = bodyOf();
  }
  return { id: `${headOf(shortened)};${body}`.slice(0, room), shortened };
}

export function encodePageState(state: PageState): string {
  return encodePage(state).id;
}

export function decodePageState(customId: string): PageState | null {
  const id = customId.replace(/#[a-z]$/, '');
  const [version, command, page, view, lang, owner, ...rest] = id.split(';');
  if (
    version !== VERSION ||
    !command ||
    !page ||
    !/^\d{1,4}$/.test(page) ||
    (lang !== 'en' && lang !== 'vi') ||
    owner === undefined
  )
    return null;
  const args: Record<string, string> = {};
  try {
    for (const pair of rest.join(';').split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      if (k) args[dec(k)] = dec(v);
    }
  } catch {
    return null;
  }
  const shortened = view === 'A' || view === 'S';
  return {
    command,
    page: Number(page),
    view: view?.toLowerCase() === 's' ? 'sources' : 'answer',
    lang,
    owner,
    args,
    ...(shortened ? { shortened } : {}),
  };
}
