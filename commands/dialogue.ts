import { SlashCommandBuilder } from '../src/bot/discord.js';
import { answerDialogue, suggestPartners, suggestRounds } from '../src/answers/index.js';
import { z } from 'zod';
import { type AnswerSpec, optionalText, text, answerWith, suggestWith } from '../src/bot/index.js';

export const data = new SlashCommandBuilder()
  .setName('dialogue')
  .setNameLocalizations({ vi: 'doi-thoai' })
  .setDescription("Vietnam's defence dialogues with one partner: rounds, dates, co-chairs, topics, sources")
  .setDescriptionLocalizations({
    vi: 'Đối thoại quốc phòng với một đối tác: các phiên, thời gian, đồng chủ trì, chủ đề, nguồn',
  })
  .addStringOption((o) =>
    o
      .setName('partner')
      .setNameLocalizations({ vi: 'doi-tac' })
      .setDescription('Partner country, in English or Vietnamese')
      .setDescriptionLocalizations({ vi: 'Nước đối tác, tiếng Anh hoặc tiếng Việt' })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName('round')
      .setNameLocalizations({ vi: 'phien' })
      .setDescription('latest, all, or a round number')
      .setDescriptionLocalizations({ vi: 'gần nhất, tất cả, hoặc số phiên' })
      .setAutocomplete(true)
      .setMaxLength(100),
  );

export const options = z.object({ partner: text(100), round: optionalText(100) });

export const run: AnswerSpec<typeof options>['run'] = (lib, { partner, round }, lang) =>
  answerDialogue(lib, { partner, ...(round ? { round } : {}) }, { lang });

/** The answer has a timeline: its picture goes on the first page. */
export const picture = true;

export const execute = answerWith({ data, options, run, picture });

export const autocomplete = suggestWith((i, lib, lang) => {
  const focused = i.options.getFocused(true);
  return focused.name === 'round'
    ? suggestRounds(lib, i.options.getString('partner') ?? '', focused.value, lang)
    : suggestPartners(lib, focused.value, lang);
});
