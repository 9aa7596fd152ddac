/** The bot's own short messages (not answers), in both languages. */
export const NO_MENTIONS = { parse: [] as [] };

export const notices = {
  en: {
    slowDown: (retry: string) => `You are asking quickly: please try again ${retry}.`,
    expired: 'This answer has expired. Please ask again.',
    stale: 'This button belongs to an answer Attaché no longer knows how to redraw. Please ask again.',
    unknownCommand: 'Attaché no longer has this command. Type / to see the ones it has now.',
    badOption: (option: string, problem: string) =>
      `The option \`${option}\` is not right: ${problem}. Please try again.`,
    apology: (id: string) =>
      `Sorry, something went wrong on our side. If it happens again, mention error id \`${id}\`.`,
  },
  vi: {
    slowDown: (retry: string) => `Bạn hỏi hơi nhanh: vui lòng thử lại ${retry}.`,
    expired: 'Câu trả lời này đã hết hạn. Vui lòng hỏi lại.',
    stale: 'Nút này thuộc một câu trả lời không còn vẽ lại được. Vui lòng hỏi lại.',
    unknownCommand: 'Attaché không còn lệnh này. Gõ / để xem các lệnh hiện có.',
    badOption: (option: string, problem: string) => `Tùy chọn \`${option}\` chưa đúng: ${problem}. Vui lòng thử lại.`,
    apology: (id: string) => `Xin lỗi, đã có lỗi từ phía chúng tôi. Nếu lặp lại, hãy báo mã lỗi \`${id}\`.`,
  },
};
