import { SlashCommandBuilder } from 'discord.js';
import { answerTopic, suggestTopics } from '../src/answers/index.js';
import type { AnswerSpec } from '../src/bot/command.js';
import { answerWith } from '../src/bot/reply.js';
import { suggestWith } from '../src/bot/suggest.js';

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

export const argsOf: AnswerSpec['argsOf'] = (i) => ({ topic: i.options.getString('topic', true) });

export const answer: AnswerSpec['answer'] = (lib, args, lang) =>
  answerTopic(lib, { topic: args.topic ?? '' }, { lang });

export const execute = answerWith({ data, argsOf, answer });

export const autocomplete = suggestWith((i, lib) => suggestTopics(lib, i.options.getFocused()));
