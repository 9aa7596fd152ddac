import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerSearch } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, text, answerWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setNameLocalizations({ vi: 'tim-kiem' })
  .setDescription('The best passages for some words, in Vietnamese or English, with or without diacritics')
  .setDescriptionLocalizations({ vi: 'Các đoạn phù hợp nhất, tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu' })
  .addStringOption((o) =>
    o
      .setName('query')
      .setNameLocalizations({ vi: 'tu-khoa' })
      .setDescription('Words to search for')
      .setDescriptionLocalizations({ vi: 'Từ cần tìm' })
      .setRequired(true)
      .setMaxLength(200),
  );

export const options = z.object({ query: text(200) });

export const run: AnswerSpec<typeof options>['run'] = (lib, { query }, lang) => answerSearch(lib, { query }, { lang });

export const execute = answerWith({ data, options, run });
