import { SlashCommandBuilder } from 'discord.js';
import { answerTopic, suggestTopics } from '../src/answers/index.js';
import type { CommandModule } from '../src/bot/command.js';

export const command: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('topic')
    .setNameLocalizations({ vi: 'chu-de' })
    .setDescription('Which partners discussed a topic, in which rounds, with the sentences that show it')
    .setDescriptionLocalizations({ vi: 'Những đối tác đã bàn về một chủ đề, tại phiên nào, kèm câu trích dẫn' })
    .addStringOption((o) =>
      o.setName('topic').setNameLocalizations({ vi: 'chu-de' }).setDescription('e.g. demining, peacekeeping, rà phá bom mìn')
        .setDescriptionLocalizations({ vi: 'ví dụ: rà phá bom mìn, gìn giữ hòa bình' }).setRequired(true).setAutocomplete(true).setMaxLength(200),
    ),
  argsOf: (i) => ({ topic: i.options.getString('topic', true) }),
  answer: (lib, args, lang) => answerTopic(lib, { topic: args.topic ?? '' }, { lang }),
  autocomplete: (i, lib) => suggestTopics(lib, i.options.getFocused()),
};
