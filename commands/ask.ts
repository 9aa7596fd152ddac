import { SlashCommandBuilder } from 'discord.js';
import { answerQuestion } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations({ vi: 'hoi' })
    .setDescription('Ask in words: "latest round with Japan?", "demining"')
    .setDescriptionLocalizations({ vi: 'Hỏi bằng lời: "phiên gần nhất với Nhật Bản?", "rà phá bom mìn"' })
    .addStringOption((o) =>
      o.setName('question').setNameLocalizations({ vi: 'cau-hoi' }).setDescription('Your question').setDescriptionLocalizations({ vi: 'Câu hỏi của bạn' })
        .setRequired(true).setMaxLength(300),
    ),
  argsOf: (i) => ({ question: i.options.getString('question', true) }),
  answer: (lib, args, lang) => answerQuestion(lib, { question: args.question ?? '' }, { lang }),
  picture: true,
};
