import type { SharedSlashCommand } from 'discord.js';
import { SlashCommandBuilder } from '../src/bot/discord.js';
import { z } from 'zod';
import { type Answer, messages } from '../src/answers/index.js';
import { type AnswerSpec, answerWith } from '../src/bot/index.js';
import { data as about } from './about.js';
import { data as ask } from './ask.js';
import { data as dialogue } from './dialogue.js';
import { data as partners } from './partners.js';
import { data as search } from './search.js';
import { data as source } from './source.js';
import { data as timeline } from './timeline.js';
import { data as topic } from './topic.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations({ vi: 'tro-giup' })
  .setDescription('What Attaché can answer, with a link to each command')
  .setDescriptionLocalizations({ vi: 'Attaché trả lời được gì, kèm liên kết tới từng lệnh' });

/** In the order a newcomer needs them: ask in words first, the corpus last. */
const LISTED: SharedSlashCommand[] = [ask, dialogue, topic, timeline, partners, search, source, about];

export const options = z.object({});

/**
 * One line per command: its name in backticks (the Discord renderer turns it into a clickable command mention,
 * `</dialogue:id>`) and its description in the user's language.
 */
export const run: AnswerSpec<typeof options>['run'] = (_lib, _options, lang): Answer => {
  const lines = LISTED.map((c) => {
    const json = c.toJSON();
    const description = { en: json.description, vi: json.description_localizations?.vi || json.description }[lang];
    return `\`${json.name}\` — ${description}`;
  });
  return {
    kind: 'about',
    lang,
    ok: true,
    title: messages(lang).help.title,
    summary: messages(lang).help.summary,
    sections: [],
    excerpts: [],
    hints: lines,
    footer: 'Attaché',
  };
};

export const execute = answerWith({ data, options, run });
