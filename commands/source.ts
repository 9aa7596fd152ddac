import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerSource, suggestArticles } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, optionalWhole, text, answerWith, suggestWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setNameLocalizations({ vi: 'nguon' })
  .setDescription("An article's metadata and clean text, or one passage with its neighbours")
  .setDescriptionLocalizations({ vi: 'Thông tin và nội dung một bài, hoặc một đoạn cùng các đoạn kề' })
  .addStringOption((o) =>
    o
      .setName('article')
      .setNameLocalizations({ vi: 'bai' })
      .setDescription('Article id')
      .setDescriptionLocalizations({ vi: 'Mã bài viết' })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addIntegerOption((o) =>
    o
      .setName('passage')
      .setNameLocalizations({ vi: 'doan' })
      .setDescription('Passage number')
      .setDescriptionLocalizations({ vi: 'Số thứ tự đoạn' })
      .setMinValue(1)
      .setMaxValue(10000),
  );

export const options = z.object({ article: text(100), passage: optionalWhole(1, 10000) });

export const run: AnswerSpec<typeof options>['run'] = (lib, { article, passage }, lang) =>
  answerSource(lib, { article, ...(passage ? { passage } : {}) }, { lang });

export const execute = answerWith({ data, options, run });

export const autocomplete = suggestWith((i, lib) => suggestArticles(lib, i.options.getFocused()));
