import { SlashCommandBuilder } from 'discord.js';
import { answerTimeline, suggestPartners, suggestTopics } from '../src/answers/index.js';
import type { AnswerSpec } from '../src/bot/command.js';
import { answerWith } from '../src/bot/reply.js';
import { suggestWith } from '../src/bot/suggest.js';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setNameLocalizations({ vi: 'dong-thoi-gian' })
  .setDescription('Dated rounds and events in order, for a partner, a topic or the whole corpus')
  .setDescriptionLocalizations({
    vi: 'Các phiên và sự kiện theo thời gian, cho một đối tác, một chủ đề hoặc toàn bộ kho',
  })
  .addStringOption((o) =>
    o
      .setName('partner')
      .setNameLocalizations({ vi: 'doi-tac' })
      .setDescription('Partner country (optional)')
      .setDescriptionLocalizations({ vi: 'Nước đối tác (tùy chọn)' })
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName('topic')
      .setNameLocalizations({ vi: 'chu-de' })
      .setDescription('Topic (optional)')
      .setDescriptionLocalizations({ vi: 'Chủ đề (tùy chọn)' })
      .setAutocomplete(true)
      .setMaxLength(200),
  );

export const argsOf: AnswerSpec['argsOf'] = (i) => ({
  partner: i.options.getString('partner') ?? '',
  topic: i.options.getString('topic') ?? '',
});

export const answer: AnswerSpec['answer'] = (lib, args, lang) =>
  answerTimeline(
    lib,
    { ...(args.partner ? { partner: args.partner } : {}), ...(args.topic ? { topic: args.topic } : {}) },
    { lang },
  );

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, argsOf, answer, picture });

export const autocomplete = suggestWith((i, lib) => {
  const focused = i.options.getFocused(true);
  return focused.name === 'topic' ? suggestTopics(lib, focused.value) : suggestPartners(lib, focused.value);
});
