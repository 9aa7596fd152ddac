/** Payload checks the way Discord makes them; a violation is answered 400 (code 50035) and recorded. */

interface Embed {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: { name?: string; value?: string }[];
}
interface Component {
  type: number;
  components?: Component[];
  custom_id?: string;
  label?: string;
}
export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: Component[];
  allowed_mentions?: { parse?: string[] };
  flags?: number;
  attachments?: unknown[];
}

const len = (s: string | undefined) => (s ?? '').length;

export function validateMessage(m: MessagePayload | undefined): string[] {
  if (!m) return [];
  const errors: string[] = [];
  if (len(m.content) > 2000) errors.push('content: longer than 2000');
  const embeds = m.embeds ?? [];
  if (embeds.length > 10) errors.push('embeds: more than 10');
  let total = 0;
  embeds.forEach((e, i) => {
    if (len(e.title) > 256) errors.push(`embeds[${i}].title: longer than 256`);
    if (len(e.description) > 4096) errors.push(`embeds[${i}].description: longer than 4096`);
    if (len(e.footer?.text) > 2048) errors.push(`embeds[${i}].footer.text: longer than 2048`);
    if (len(e.author?.name) > 256) errors.push(`embeds[${i}].author.name: longer than 256`);
    const fields = e.fields ?? [];
    if (fields.length > 25) errors.push(`embeds[${i}].fields: more than 25`);
    fields.forEach((f, j) => {
      if (!len(f.name) || len(f.name) > 256) errors.push(`embeds[${i}].fields[${j}].name: must be 1-256`);
      if (!len(f.value) || len(f.value) > 1024) errors.push(`embeds[${i}].fields[${j}].value: must be 1-1024`);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + fields.reduce((s, f) => s + len(f.name) + len(f.value), 0);
  });
  if (total > 6000) errors.push('embeds: more than 6000 characters in total');
  const rows = m.components ?? [];
  if (rows.length > 5) errors.push('components: more than 5 rows');
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if ((row.components ?? []).length > 5) errors.push(`components[${i}]: more than 5 buttons`);
    for (const b of row.components ?? []) {
      if (b.custom_id !== undefined) {
        if (len(b.custom_id) < 1 || len(b.custom_id) > 100) errors.push(`components[${i}].custom_id: must be 1-100`);
        if (ids.has(b.custom_id)) errors.push(`components[${i}].custom_id: duplicate`);
        ids.add(b.custom_id);
      }
      if (len(b.label) > 80) errors.push(`components[${i}].label: longer than 80`);
    }
  });
  return errors;
}

export function validateChoices(choices: { name?: string; value?: unknown }[] | undefined): string[] {
  const list = choices ?? [];
  const errors: string[] = [];
  if (list.length > 25) errors.push('choices: more than 25');
  list.forEach((c, i) => {
    if (!len(c.name) || len(c.name) > 100) errors.push(`choices[${i}].name: must be 1-100`);
    if (typeof c.value === 'string' && c.value.length > 100) errors.push(`choices[${i}].value: longer than 100`);
  });
  return errors;
}

interface CommandPayload {
  name?: string;
  description?: string;
  options?: unknown[];
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
}

export function validateCommands(commands: CommandPayload[]): string[] {
  const errors: string[] = [];
  if (!Array.isArray(commands)) return ['body: not a list'];
  if (commands.length > 100) errors.push('commands: more than 100');
  commands.forEach((c, i) => {
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name ?? '') || c.name !== c.name?.toLowerCase()) errors.push(`[${i}].name: invalid`);
    if (!len(c.description) || len(c.description) > 100) errors.push(`[${i}].description: must be 1-100`);
    for (const [locale, d] of Object.entries(c.description_localizations ?? {})) if (len(d) > 100) errors.push(`[${i}].description_localizations.${locale}: longer than 100`);
    if ((c.options ?? []).length > 25) errors.push(`[${i}].options: more than 25`);
  });
  return errors;
}
