import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerTimeline, suggestPartners, suggestTopics } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, optionalText, answerWith, suggestWith } from '../src/bot/index.js';

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

export const options = z.object({ partner: optionalText(100), topic: optionalText(200) });

export const run: AnswerSpec<typeof options>['run'] = (lib, { partner, topic }, lang) =>
  answerTimeline(lib, { ...(partner ? { partner } : {}), ...(topic ? { topic } : {}) }, { lang });

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, options, run, picture });

export const autocomplete = suggestWith((i, lib, lang) => {
  const focused = i.options.getFocused(true);
  return focused.name === 'topic' ? suggestTopics(lib, focused.value, lang) : suggestPartners(lib, focused.value, lang);
});
