/** Application command checks, as Discord makes them on a bulk overwrite or a create. */
import { badLength, issue, type Issue } from './issues.js';

/** The locales Discord accepts as keys of `name_localizations` / `description_localizations`. */
export const DISCORD_LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

export interface CommandOption {
  type?: number;
  name?: string;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name?: string; value?: unknown; name_localizations?: Record<string, string> }[];
  options?: CommandOption[];
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  min_length?: number;
  max_length?: number;
}
export interface CommandPayload extends CommandOption {
  default_member_permissions?: string | null;
  contexts?: number[];
  integration_types?: number[];
}

const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const STRING = 3;
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const len = (s: string | undefined) => (s ?? '').length;

/** Chat-input names are lower case where the script has case; context-menu names may have spaces and capitals. */
function nameIssues(name: string | undefined, at: string, chatInput: boolean): Issue[] {
  const ok = chatInput ? NAME.test(name ?? '') && name === name!.toLowerCase() : len(name) >= 1 && len(name) <= 32;
  return ok ? [] : [issue(at, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid: ${JSON.stringify(name)}`)];
}

function localizationIssues(o: CommandOption, at: string, chatInput: boolean): Issue[] {
  const out: Issue[] = [];
  for (const [locale, value] of Object.entries(o.name_localizations ?? {})) {
    if (!DISCORD_LOCALES.has(locale))
      out.push(issue(`${at}.name_localizations.${locale}`, 'LOCALE_INVALID', `Invalid locale: ${locale}`));
    else out.push(...nameIssues(value, `${at}.name_localizations.${locale}`, chatInput));
  }
  for (const [locale, value] of Object.entries(o.description_localizations ?? {})) {
    if (!DISCORD_LOCALES.has(locale))
      out.push(issue(`${at}.description_localizations.${locale}`, 'LOCALE_INVALID', `Invalid locale: ${locale}`));
    else if (len(value) < 1 || len(value) > 100)
      out.push(badLength(`${at}.description_localizations.${locale}`, 1, 100));
  }
  return out;
}

function optionIssues(options: CommandOption[], at: string, depth: number): Issue[] {
  const out: Issue[] = [];
  if (options.length > 25) out.push(badLength(at, 0, 25));
  const names = new Set<string>();
  let seenOptional = false;
  options.forEach((o, i) => {
    const here = `${at}.${i}`;
    out.push(...nameIssues(o.name, `${here}.name`, true), ...localizationIssues(o, here, true));
    if (names.has(o.name ?? ''))
      out.push(issue(`${here}.name`, 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique'));
    names.add(o.name ?? '');
    if (len(o.description) < 1 || len(o.description) > 100) out.push(badLength(`${here}.description`, 1, 100));
    if (o.type === undefined || o.type < 1 || o.type > 11)
      out.push(issue(`${here}.type`, 'BASE_TYPE_CHOICES', 'Value must be one of 1-11.'));
    if (o.required) {
      if (seenOptional)
        out.push(
          issue(
            `${here}.required`,
            'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
            'Required options must be placed before non-required options',
          ),
        );
    } else seenOptional = true;
    if (o.autocomplete && o.choices?.length)
      out.push(issue(`${here}.autocomplete`, 'AUTOCOMPLETE_WITH_CHOICES', 'Autocomplete cannot be used with choices'));
    const choices = o.choices ?? [];
    if (choices.length > 25) out.push(badLength(`${here}.choices`, 0, 25));
    choices.forEach((c, j) => {
      if (len(c.name) < 1 || len(c.name) > 100) out.push(badLength(`${here}.choices.${j}.name`, 1, 100));
      if (o.type === STRING && (typeof c.value !== 'string' || c.value.length < 1 || c.value.length > 100))
        out.push(badLength(`${here}.choices.${j}.value`, 1, 100));
    });
    const nested = o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP;
    if (nested && depth >= 2)
      out.push(issue(`${here}.type`, 'APPLICATION_COMMAND_OPTIONS_TOO_DEEP', 'Sub-commands nest at most two levels'));
    if (nested) out.push(...optionIssues(o.options ?? [], `${here}.options`, depth + 1));
    else if (o.options?.length)
      out.push(issue(`${here}.options`, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Only sub-commands have options'));
  });
  return out;
}

export function commandIssues(c: CommandPayload, at: string): Issue[] {
  const chatInput = (c.type ?? CHAT_INPUT) === CHAT_INPUT;
  const out = [...nameIssues(c.name, `${at}.name`, chatInput), ...localizationIssues(c, at, chatInput)];
  if (chatInput && (len(c.description) < 1 || len(c.description) > 100))
    out.push(badLength(`${at}.description`, 1, 100));
  if (!chatInput && len(c.description) > 0)
    out.push(issue(`${at}.description`, 'CONTEXT_MENU_DESCRIPTION', 'Context menu commands have no description'));
  out.push(...optionIssues(c.options ?? [], `${at}.options`, 0));
  return out;
}

/** A bulk overwrite: a list of at most 100 commands, unique by name and type. */
export function commandListIssues(body: unknown): Issue[] {
  if (!Array.isArray(body)) return [issue('', 'BASE_TYPE_ARRAY', 'Must be an array.')];
  const out: Issue[] = [];
  if (body.length > 100) out.push(badLength('', 0, 100));
  const seen = new Set<string>();
  (body as CommandPayload[]).forEach((c, i) => {
    out.push(...commandIssues(c, String(i)));
    const key = `${c.type ?? CHAT_INPUT}:${c.name}`;
    if (seen.has(key))
      out.push(
        issue(
          `${i}.name`,
          'APPLICATION_COMMANDS_DUPLICATE_NAME',
          `Application command names must be unique: ${c.name}`,
        ),
      );
    seen.add(key);
  });
  return out;
}
