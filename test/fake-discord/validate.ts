/**
 * Message, autocomplete and modal payload checks with Discord's documented limits. The REST routes answer a violation
 * with 400 code 50035 and record it; renderer tests call `validateMessage` directly.
 */
import { badLength, issue, issueText, tooLong, type Issue } from './issues.js';

interface Embed {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: { name?: string; value?: string }[];
}
export interface Component {
  type: number;
  components?: Component[];
  custom_id?: string;
  label?: string;
  style?: number;
  url?: string;
  emoji?: unknown;
  options?: unknown[];
  placeholder?: string;
  disabled?: boolean;
}
export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: Component[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  flags?: number;
  attachments?: unknown[];
}

const len = (s: string | undefined) => (s ?? '').length;
const BUTTON = 2;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

function embedIssues(embeds: Embed[]): Issue[] {
  const out: Issue[] = [];
  if (embeds.length > 10) out.push(tooLong('embeds', 10));
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds.${i}`;
    if (len(e.title) > 256) out.push(tooLong(`${at}.title`, 256));
    if (len(e.description) > 4096) out.push(tooLong(`${at}.description`, 4096));
    if (e.footer && (len(e.footer.text) < 1 || len(e.footer.text) > 2048))
      out.push(badLength(`${at}.footer.text`, 1, 2048));
    if (e.author && (len(e.author.name) < 1 || len(e.author.name) > 256))
      out.push(badLength(`${at}.author.name`, 1, 256));
    const fields = e.fields ?? [];
    if (fields.length > 25) out.push(tooLong(`${at}.fields`, 25));
    fields.forEach((f, j) => {
      if (len(f.name) < 1 || len(f.name) > 256) out.push(badLength(`${at}.fields.${j}.name`, 1, 256));
      if (len(f.value) < 1 || len(f.value) > 1024) out.push(badLength(`${at}.fields.${j}.value`, 1, 1024));
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
    total += fields.reduce((sum, f) => sum + len(f.name) + len(f.value), 0);
  });
  // Discord counts the 6000 over all embeds of one message together.
  if (total > 6000) out.push(issue('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000'));
  return out;
}

function buttonIssues(b: Component, at: string): Issue[] {
  const out: Issue[] = [];
  if (b.style === LINK_STYLE) {
    if (!b.url) out.push(issue(`${at}.url`, 'BASE_TYPE_REQUIRED', 'This field is required'));
    if (b.custom_id !== undefined)
      out.push(issue(`${at}.custom_id`, 'BUTTON_LINK_CUSTOM_ID', 'A link button cannot have a custom_id'));
  } else if (b.style !== PREMIUM_STYLE && b.custom_id === undefined) {
    out.push(issue(`${at}.custom_id`, 'BASE_TYPE_REQUIRED', 'This field is required'));
  }
  if (b.style === undefined || b.style < 1 || b.style > 6)
    out.push(issue(`${at}.style`, 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.'));
  if (b.label === undefined && b.emoji === undefined && b.style !== PREMIUM_STYLE) {
    out.push(issue(`${at}.label`, 'BUTTON_LABEL_OR_EMOJI', 'A button needs a label or an emoji'));
  }
  if (len(b.label) > 80) out.push(tooLong(`${at}.label`, 80));
  return out;
}

export function componentIssues(rows: Component[]): Issue[] {
  const out: Issue[] = [];
  if (rows.length > 5) out.push(tooLong('components', 5));
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row.type !== 1)
      out.push(issue(`components.${i}.type`, 'COMPONENT_LAYOUT_INVALID', 'Top-level components must be action rows'));
    const children = row.components ?? [];
    if (children.length < 1 || children.length > 5) out.push(badLength(`components.${i}.components`, 1, 5));
    const hasSelect = children.some((c) => SELECT_TYPES.has(c.type));
    if (hasSelect && children.length > 1)
      out.push(
        issue(
          `components.${i}.components`,
          'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
          'A select menu must be alone in its row',
        ),
      );
    children.forEach((c, j) => {
      const at = `components.${i}.components.${j}`;
      if (c.custom_id !== undefined) {
        if (len(c.custom_id) < 1 || len(c.custom_id) > 100) out.push(badLength(`${at}.custom_id`, 1, 100));
        if (ids.has(c.custom_id))
          out.push(
            issue(`${at}.custom_id`, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'),
          );
        ids.add(c.custom_id);
      }
      if (c.type === BUTTON) out.push(...buttonIssues(c, at));
      else if (SELECT_TYPES.has(c.type)) {
        if (c.type === 3 && ((c.options ?? []).length < 1 || (c.options ?? []).length > 25))
          out.push(badLength(`${at}.options`, 1, 25));
        if (len(c.placeholder) > 150) out.push(tooLong(`${at}.placeholder`, 150));
      } else
        out.push(
          issue(`${at}.type`, 'COMPONENT_TYPE_INVALID', `Component type ${c.type} is not allowed in an action row`),
        );
    });
  });
  return out;
}

export function messageIssues(m: MessagePayload | undefined): Issue[] {
  if (!m) return [];
  const out: Issue[] = [];
  if (len(m.content) > 2000) out.push(tooLong('content', 2000));
  out.push(...embedIssues(m.embeds ?? []), ...componentIssues(m.components ?? []));
  const parse = m.allowed_mentions?.parse ?? [];
  for (const [k, kind] of parse.entries()) {
    if (!['users', 'roles', 'everyone'].includes(kind))
      out.push(
        issue(`allowed_mentions.parse.${k}`, 'BASE_TYPE_CHOICES', 'Value must be one of {users, roles, everyone}.'),
      );
  }
  return out;
}

/** Discord refuses a new message with nothing in it (code 50006); an edit may be empty. */
export function isEmptyMessage(m: MessagePayload | undefined, fileCount: number): boolean {
  return !len(m?.content) && !(m?.embeds ?? []).length && !(m?.components ?? []).length && fileCount === 0;
}

export function choiceIssues(choices: { name?: string; value?: unknown }[] | undefined): Issue[] {
  const list = choices ?? [];
  const out: Issue[] = [];
  if (list.length > 25) out.push(tooLong('choices', 25));
  list.forEach((c, i) => {
    if (len(c.name) < 1 || len(c.name) > 100) out.push(badLength(`choices.${i}.name`, 1, 100));
    if (typeof c.value === 'string' && (c.value.length < 1 || c.value.length > 100))
      out.push(badLength(`choices.${i}.value`, 1, 100));
    if (typeof c.value !== 'string' && typeof c.value !== 'number')
      out.push(issue(`choices.${i}.value`, 'BASE_TYPE_REQUIRED', 'This field is required'));
  });
  return out;
}

export function modalIssues(m: { custom_id?: string; title?: string; components?: Component[] } | undefined): Issue[] {
  const out: Issue[] = [];
  if (len(m?.custom_id) < 1 || len(m?.custom_id) > 100) out.push(badLength('custom_id', 1, 100));
  if (len(m?.title) < 1 || len(m?.title) > 45) out.push(badLength('title', 1, 45));
  const rows = m?.components ?? [];
  if (rows.length < 1 || rows.length > 5) out.push(badLength('components', 1, 5));
  return out;
}

/** Flat, readable problems with a message payload; `[]` when Discord would accept it. */
export const validateMessage = (m: MessagePayload | undefined): string[] => messageIssues(m).map(issueText);

export const validateChoices = (choices: { name?: string; value?: unknown }[] | undefined): string[] =>
  choiceIssues(choices).map(issueText);
