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
}

const VERSION = 'p1';

const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, '%20'));

export function encodePageState(state: PageState): string {
  const head = [VERSION, state.command, String(state.page), state.view === 'sources' ? 's' : 'a', state.lang, state.owner].join(';');
  const args = Object.entries(state.args).filter(([, v]) => v !== '');
  let body = args.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  // A long free-text argument (a search) is shortened to fit; the answer is recomputed from what is kept.
  // Three characters stay free for a button's own suffix ("#n"), which keeps ids unique within a message.
  while (head.length + 1 + body.length > LIMITS.customId - 3 && args.length) {
    const longest = args.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    longest[1] = [...longest[1]].slice(0, Math.max(0, [...longest[1]].length - 4)).join('');
    body = args.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  }
  return `${head};${body}`.slice(0, LIMITS.customId - 3);
}

export function decodePageState(customId: string): PageState | null {
  const id = customId.replace(/#[a-z]$/, '');
  const [version, command, page, view, lang, owner, ...rest] = id.split(';');
  if (version !== VERSION || !command || !page || !/^\d{1,4}$/.test(page) || (lang !== 'en' && lang !== 'vi') || owner === undefined) return null;
  const args: Record<string, string> = {};
  try {
    for (const pair of rest.join(';').split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      if (k) args[dec(k)] = dec(v);
    }
  } catch {
    return null;
  }
  return { command, page: Number(page), view: view === 's' ? 'sources' : 'answer', lang, owner, args };
}
