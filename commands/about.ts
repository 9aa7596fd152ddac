import { SlashCommandBuilder } from 'discord.js';
import { answerAbout } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('about')
    .setNameLocalizations({ vi: 'gioi-thieu' })
    .setDescription('The corpus: articles, date range, outlets, and files skipped')
    .setDescriptionLocalizations({ vi: 'Kho dữ liệu: số bài, thời gian, nguồn tin và các tệp bị bỏ qua' }),
  argsOf: () => ({}),
  answer: (lib, _args, lang) => answerAbout(lib, {}, { lang }),
};
