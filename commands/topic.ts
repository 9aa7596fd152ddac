import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerTopic, suggestTopics } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, text, answerWith, suggestWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('topic')
  .setNameLocalizations({ vi: 'chu-de' })
  .setDescription('Which partners discussed a topic, in which rounds, with the sentences that show it')
  .setDescriptionLocalizations({ vi: 'Những đối tác đã bàn về một chủ đề, tại phiên nào, kèm câu trích dẫn' })
  .addStringOption((o) =>
    o
      .setName('topic')
      .setNameLocalizations({ vi: 'chu-de' })
      .setDescription('e.g. demining, peacekeeping, rà phá bom mìn')
      .setDescriptionLocalizations({ vi: 'ví dụ: rà phá bom mìn, gìn giữ hòa bình' })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(200),
  );

export const options = z.object({ topic: text(200) });

export const run: AnswerSpec<typeof options>['run'] = (lib, { topic }, lang) => answerTopic(lib, { topic }, { lang });

export const execute = answerWith({ data, options, run });

export const autocomplete = suggestWith((i, lib, lang) => suggestTopics(lib, i.options.getFocused(), lang));
