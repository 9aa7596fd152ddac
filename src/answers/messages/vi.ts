/** Every sentence a Vietnamese reader meets, by the names of en.ts: dates and ordinals as the Vietnamese press writes them. */
import type { Messages } from './en.js';

export const vi: Messages = {
  labels: {
    status: 'Trạng thái',
    date: 'Thời gian',
    venue: 'Địa điểm',
    format: 'Hình thức',
    coChairs: 'Đồng chủ trì',
    topics: 'Chủ đề',
    documents: 'Văn kiện',
    held: 'đã diễn ra',
    mentioned: 'được nhắc đến trong bài sau',
    planned: 'dự kiến',
    online: 'trực tuyến',
    inPerson: 'trực tiếp',
    unknown: 'chưa rõ',
    rounds: 'Các phiên',
    events: 'Sự kiện khác',
    sources: 'Nguồn',
    source: 'Nguồn',
    partners: 'Đối tác',
    passages: 'Đoạn trích',
    round: 'phiên',
    outlet: 'Nguồn tin',
    published: 'Ngày đăng',
    article: 'Bài viết',
    language: 'Ngôn ngữ',
    file: 'Tệp',
    inferred: 'suy luận',
    onOrBefore: 'trước hoặc vào',
    between: 'giữa',
    and: 'và',
    corpus: 'Kho dữ liệu',
    skipped: 'Tệp bị bỏ qua',
    articles: 'bài',
    none: 'không có',
    firstRound: 'Đầu tiên',
    latestRound: 'Gần nhất',
    matches: 'kết quả',
    timeline: 'Dòng thời gian',
    undated: 'không ghi ngày',
    noDateYet: 'chưa có ngày',
    roundsHeld: 'Số phiên đã diễn ra',
    mentionedOrPlanned: 'Được nhắc/dự kiến',
    articleCount: 'Số bài',
    outlets: 'Nguồn tin',
    languages: 'Ngôn ngữ',
    loaded: 'Nạp lúc',
    knowledgeTable: 'Bảng tri thức',
    signed: 'đã ký',
    adopted: 'thông qua',
    toBeSigned: 'dự kiến ký',
    link: 'Liên kết',
  },
  questions: {
    callsTitle: 'Các cuộc tiếp, chào xã giao và chuyến thăm',
    callsNotKept:
      'Bảng tri thức chỉ ghi các phiên đối thoại, không ghi các cuộc chào xã giao, tiếp kiến hay chuyến thăm',
    noCall: (about: string, when: string) =>
      `Chưa ghi nhận cuộc tiếp, chào xã giao hay chuyến thăm nào${about}${when}.`,
    withNames: (names: string) => ` với ${names}`,
    reported: (date: string) => ` (bài ngày ${date})`,
    didWhat: (subject: string, verb: string, object: string, reported: string) =>
      `${subject} ${verb} ${object}${reported}.`,
    sourceQuote: (quote: string) => ` Nguồn: “${quote}”`,
    bestSentence: (reported: string, quote: string | null, named: string) =>
      `Câu nguồn trả lời sát nhất${reported}${named ? ` nêu tên ${named}` : ''}:${quote ? ` “${quote}”` : ' trích dưới đây.'}`,
    together: (reported: string, quote: string | null) =>
      `Một câu nguồn nêu tên họ cùng nhau${reported}:${quote ? ` “${quote}”` : ' trích dưới đây.'}`,
    documentsTitle: 'Văn kiện được ghi nhận',
    noDocument: (when: string) => `Chưa ghi nhận phiên nào${when} ký hoặc thông qua văn kiện như vậy.`,
    documentRounds: (rounds: string, _count: number, when: string, specific: boolean, lines: string) =>
      `${rounds} được ghi nhận${when} có ${specific ? 'văn kiện như vậy' : 'văn kiện được ký hoặc thông qua'}: ${lines}.`,
    chairsTitle: 'Người đồng chủ trì theo số phiên',
    noChair: (withPartner: string) => `Chưa ghi nhận người đồng chủ trì phiên nào${withPartner}.`,
    mostChairs: (names: string, withPartner: string, rounds: string, tied: boolean, next: string) =>
      `${names} đồng chủ trì nhiều phiên nhất được ghi nhận${withPartner}: ${tied ? 'mỗi người ' : ''}${rounds}.${next ? ` Tiếp theo: ${next}.` : ''}`,
    endOfPerson: (first: boolean, names: string, round: string) =>
      `Phiên ${first ? 'sớm nhất' : 'gần nhất'} được ghi nhận mà ${names} đồng chủ trì là ${round}. `,
    unknownPerson: (names: string, withPartner: string) =>
      `Chưa ghi nhận ${names} là người đồng chủ trì hay trưởng đoàn của phiên đối thoại nào${withPartner}.`,
    apart: (met: boolean, unknown: string, known: string, _several: boolean) =>
      met ? ' Chưa ghi nhận phiên nào có cả hai' : ` Vì vậy chưa ghi nhận cuộc gặp nào giữa ${unknown} và ${known}`,
    knownRounds: (names: string, rounds: string, lines: string) => `; ${names} đã đồng chủ trì ${rounds}: ${lines}`,
    periodTitle: (period: string) => `Các phiên: ${period}`,
    noRoundIn: (period: string, nearest: string) =>
      `Chưa ghi nhận phiên nào diễn ra ${period}.${nearest ? ` Gần nhất được ghi nhận: ${nearest}.` : ''}`,
    roundsIn: (rounds: string, period: string, list: string) =>
      `${rounds} được ghi nhận đã diễn ra ${period}: ${list}.`,
    noHeldIn: (period: string) => `Chưa ghi nhận phiên nào đã diễn ra ${period}.`,
    alsoMentioned: (list: string) => ` Ngoài ra được nhắc đến hoặc dự kiến: ${list}.`,
    otherEvents: (n: number) => ` ${n} sự kiện khác được ghi nhận trong thời gian đó.`,
    noTopicRound: (topic: string, when: string, elsewhere: string, _otherTimes: boolean) =>
      `Chưa ghi nhận phiên nào bàn về ${topic}${when}.${elsewhere ? ` Chủ đề này được bàn với ${elsewhere}.` : ''}`,
    topicPartners: (partners: number, topic: string, when: string, rounds: string, list: string) =>
      `${partners} đối tác đã bàn về ${topic}${when} tại ${rounds} được ghi nhận: ${list}.`,
    noSharedRound: (names: string, several: boolean, withPartners: string, own: string) =>
      `Chưa ghi nhận phiên nào ${several ? `có cả ${names}` : `có ${names}`} đồng chủ trì${withPartners}.${own ? ` Được ghi nhận: ${own}.` : ''}`,
    onlyOneChair: (names: string, met: boolean, rounds: string, lines: string) =>
      `Trong những người được nêu, chỉ ${names} là người đồng chủ trì được ghi nhận, nên ${met ? 'chưa ghi nhận phiên nào có cả hai' : 'chưa ghi nhận cuộc gặp nào giữa họ'}; ${names} đã đồng chủ trì ${rounds}: ${lines}.`,
    chairedTogether: (names: string, rounds: string, lines: string) =>
      `Có: ${names} cùng đồng chủ trì ${rounds} được ghi nhận: ${lines}.`,
    chaired: (names: string, rounds: string, lines: string) =>
      `${names} đã đồng chủ trì ${rounds} được ghi nhận: ${lines}.`,
    placeRounds: (rounds: string, place: string, lines: string) =>
      `${rounds} được ghi nhận diễn ra tại ${place}: ${lines}.`,
    noPlaceRound: (place: string) => `Chưa ghi nhận phiên nào diễn ra tại ${place}.`,
    formatTitle: (how: string) => `Các phiên ${how}`,
    formatRounds: (rounds: string, _n: number, how: string, when: string, list: string) =>
      `${rounds} được ghi nhận đã tổ chức ${how}${when}: ${list}.`,
    noFormatRound: (how: string, when: string) => `Chưa ghi nhận phiên nào tổ chức ${how}${when}.`,
    numberTitle: (_ordinalText: string, n: number) => `Các phiên lần thứ ${n}`,
    noNumbered: (_ordinalText: string, n: number, mechanism: string | null) =>
      `Chưa ghi nhận phiên lần thứ ${n}${mechanism ? ` của ${mechanism}` : ''} nào.`,
    numbered: (rounds: string, _ordinalText: string, n: number, lines: string) =>
      `Có ${rounds} lần thứ ${n} được ghi nhận: ${lines}.`,
    endsTitle: (first: boolean) => (first ? 'Phiên sớm nhất' : 'Phiên gần nhất'),
    noDated: 'Chưa ghi nhận phiên nào có ngày.',
    endRound: (first: boolean, line: string) =>
      `Phiên ${first ? 'sớm nhất' : 'gần nhất'} có ngày được ghi nhận là ${line}.`,
    mostTitle: 'Số phiên theo đối tác',
    noRound: 'Chưa ghi nhận phiên nào.',
    tally: (partner: string, held: number, total: number) =>
      `${partner} (${held} phiên đã diễn ra, ${total} được ghi nhận)`,
    most: (partners: string, _several: boolean, held: number, total: number, next: string) =>
      `${partners} có nhiều phiên nhất được ghi nhận: ${held} phiên đã diễn ra, tổng cộng ${total} phiên.${next ? ` Tiếp theo: ${next}.` : ''}`,
    total: (rounds: string, partners: number, held: number) =>
      `Có ${rounds} với ${partners} đối tác được ghi nhận (${held} phiên đã diễn ra). `,
    highestTitle: 'Số phiên cao nhất',
    noNumberedRound: 'Chưa ghi nhận phiên nào có số.',
    series: (partner: string, mechanism: string, ordinalText: string, date: string) =>
      `${mechanism} với ${partner} (${ordinalText}${date ? `, ${date}` : ''})`,
    highest: (series: string, next: string) =>
      `Số phiên cao nhất được ghi nhận là ${series}.${next ? ` Tiếp theo: ${next}.` : ''}`,
    record: (rounds: string, parts: string) => `${rounds} được ghi nhận (${parts})`,
    missingNumber: (_ordinalText: string, n: number) => `Phiên lần thứ ${n}`,
    earliestLead: 'Phiên sớm nhất được ghi nhận',
    latestLead: 'Phiên gần nhất được ghi nhận',
    afterLead: (_ordinalText: string, n: number) => `Phiên sau lần thứ ${n}`,
    missingAfter: (_ordinalText: string, n: number) => `Phiên sau lần thứ ${n}`,
    nextLead: 'Phiên tiếp theo được ghi nhận',
    missingNext: 'Phiên sắp tới',
    beforeLead: (_ordinalText: string, n: number) => `Phiên trước lần thứ ${n}`,
    missingBefore: (_ordinalText: string, n: number) => `Phiên trước lần thứ ${n}`,
    previousLead: 'Phiên trước phiên gần nhất',
    missingPrevious: 'Phiên trước đó',
    dialogue: 'đối thoại',
    nothing: (_pair: string, what: string, partner: string, events: number, told: string) =>
      `Chưa ghi nhận phiên ${what} nào giữa Việt Nam và ${partner}, cũng như phiên nào khác với ${partner}.${events ? ` Kho dữ liệu có ${events} sự kiện khác với ${partner}: ${told}.` : ''}`,
    noMechanism: (_pair: string, mechanism: string, partner: string, whole: string) =>
      `Chưa ghi nhận ${mechanism} nào giữa Việt Nam và ${partner}. Với ${partner}, ${whole}.`,
    noRoundInPeriod: (partner: string, period: string, whole: string) =>
      `Chưa ghi nhận phiên nào với ${partner} ${period}; ${whole}.`,
    noSuchRound: (missing: string | undefined, partner: string, whole: string) =>
      `${missing ?? 'Phiên này'} với ${partner} chưa được ghi nhận; ${whole}.`,
    noDate: 'chưa ghi nhận thời gian',
    noVenue: 'chưa ghi nhận địa điểm',
    leadIs: (lead: string, sentence: string) => `${lead} là ${sentence}`,
    earlierMissing: '; các phiên trước đó chưa được ghi nhận',
    chosen: (rounds: string, lines: string) => `${rounds} được ghi nhận: ${lines}`,
    withWhole: (partner: string, whole: string) => `Với ${partner}, ${whole}.`,
    noCount: (what: string, partner: string, whole: string) =>
      `Chưa ghi nhận phiên ${what} nào với ${partner} (0 phiên)${whole ? `; với ${partner}, ${whole}` : ''}.`,
    count: (
      rounds: string,
      what: string,
      partner: string,
      held: number,
      heldList: string,
      others: number,
      othersList: string,
    ) =>
      `Có ${rounds} ${what} với ${partner} được ghi nhận: ${held} phiên đã diễn ra (${heldList || 'không có'})${others ? ` và ${others} phiên được nhắc đến hoặc dự kiến (${othersList})` : ''}.`,
    topicYes: (partner: string, topic: string, rounds: string, list: string) =>
      `Có: Việt Nam và ${partner} đã bàn về ${topic} tại ${rounds} được ghi nhận: ${list}.`,
    topicElsewhere: (partners: string) => ` Chủ đề này được bàn với ${partners}.`,
    topicNo: (partner: string, topic: string, whole: string, elsewhere: string) =>
      `Chưa ghi nhận phiên nào với ${partner} bàn về ${topic}${whole ? ` (${whole})` : ''}.${elsewhere}`,
    compareNone: (partner: string) => `${partner}: chưa ghi nhận`,
    compareLatest: 'Gần nhất được ghi nhận',
    compareFirst: 'Sớm nhất được ghi nhận',
    compareOther: 'Được ghi nhận',
    pair: (partner: string) => `Việt Nam – ${partner}`,
    roundTitle: (ordinalText: string | null, pair: string, mechanism: string) =>
      `${mechanism} ${pair}${ordinalText ?? '(không rõ số phiên)'}`.replace(/\s+/g, ' '),
    when: (date: string, precision: 'day' | 'month' | 'year', onOrBefore: boolean) =>
      `${precision === 'day' && !onOrBefore ? 'vào ' : ''}${date}`,
    online: (places: string) => `trực tuyến${places ? ` giữa ${places}` : ''}`,
    at: (places: string) => `tại ${places}`,
    held: (parts: string) => `đã diễn ra${parts ? ` ${parts}` : ' (chưa rõ thời gian, địa điểm)'}`,
    planned: (parts: string, dated: boolean) =>
      `dự kiến diễn ra${parts ? ` ${parts}` : ''}${dated ? '' : ' (chưa có ngày)'}`,
    mentionedLater: (date: string) => `được nhắc đến trong một bài sau${date ? ` (${date})` : ''}`,
    statementVerb: (_held: boolean) => '',
    coChairedBy: (names: string) => `do ${names} đồng chủ trì`,
    noCoChairs: 'chưa ghi nhận người đồng chủ trì',
    noDocuments: 'chưa ghi nhận văn kiện nào được ký hoặc thông qua',
    document: (_name: string, original: string, action: 'signed' | 'adopted' | 'planned') =>
      `${original} (${action === 'signed' ? 'đã ký' : action === 'adopted' ? 'thông qua' : 'dự kiến'})`,
    documents: (docs: string) => `văn kiện được ghi nhận: ${docs}`,
    topicsOnRecord: (topics: string[]) => `chủ đề được ghi nhận: ${topics.join('; ')}`,
    noTopics: 'chưa ghi nhận chủ đề',
    heldOnline: 'tổ chức trực tuyến',
    heldInPerson: 'tổ chức trực tiếp',
    formatUnknown: 'kho dữ liệu không nói rõ hình thức trực tuyến hay trực tiếp',
    roundsCount: (n: number) => `${n} phiên`,
    correction: (understood: string, typed: string) => `${understood} cho ‘${typed}’`,
    showing: (parts: string) => `Hiển thị ${parts}.`,
    askTitle: 'Hãy đặt câu hỏi',
    askExample: 'Ví dụ: “phiên gần nhất với Nhật Bản?” hoặc “rà phá bom mìn”.',
    fallback: 'Bảng tri thức không có câu trả lời cho câu hỏi này; đây là các đoạn khớp với từ ngữ của câu hỏi.',
    period: {
      years: (years: number[]) => `năm ${years.join(' và ')}`,
      before: (year: number) => `trước năm ${year}`,
      year: (year: number) => `năm ${year}`,
      span: (from: number, to: number) => `giai đoạn ${from}–${to}`,
      month: (month: number, year: number) => `tháng ${month}/${year}`,
      since: (year: number) => `từ năm ${year}`,
      range: (from: string, to: string) => `từ ${from} đến ${to}`,
      in: (name: string) => `trong ${name}`,
    },
  },
  controls: {
    previous: '◀ Trước',
    next: 'Sau ▶',
    sources: 'Nguồn',
    back: 'Quay lại',
    openArticle: 'Mở bài báo',
    share: 'Chia sẻ',
    pickRound: 'Xem một phiên…',
    pickPeriod: 'Chuyển tới giai đoạn…',
    pickPartner: 'Chuyển tới đối tác…',
    allRounds: 'Tất cả các phiên',
    pageOf: (from: string, to: string) => `${from} – ${to}`,
  },
  dates: {
    day: (d: number, m: number, y: number) => `${d}/${m}/${y}`,
    month: (m: number, y: number) => `tháng ${m}/${y}`,
    year: (y: number) => `năm ${y}`,
    on: (date: string, precision: 'day' | 'month' | 'year') => (precision === 'day' ? `ngày ${date}` : date),
  },
  rounds: {
    // The Vietnamese press writes the first round in words ("lần thứ nhất"), later ones in figures ("lần thứ 9").
    ordinal: (n: number) => (n === 1 ? 'lần thứ nhất' : `lần thứ ${n}`),
    unnumbered: 'không rõ số',
    name: (ordinalText: string, mechanism: string) => `${mechanism} ${ordinalText}`,
  },
  vietnam: 'Việt Nam',
  pairTitle: (partner: string) => `Việt Nam – ${partner}`,
  listSeparator: '; ',
  footer: (articles: number, rounds: number) => `Attaché · ${articles} bài · ${rounds} phiên được ghi nhận`,
  dialogue: {
    mechanismRecord: (count: number, mechanism: string, latest: string, first: string | null) =>
      `${count} phiên ${mechanism} (${count === 1 || !first ? latest : `gần nhất là ${latest}; đầu tiên là ${first}`})`,
    roundAt: (ordinalText: string, when: string, place: string | null, online: string | null) =>
      `${ordinalText}${when ? ` ${when}` : ''}${online ? `, ${online}` : place ? ` tại ${place}` : ''}`,
    heldLead: (partner: string, records: string) => `Việt Nam và ${partner} đã tổ chức ${records}.`,
    noneHeld: (partner: string) =>
      `Kho dữ liệu chưa ghi nhận phiên đối thoại nào đã diễn ra giữa Việt Nam và ${partner}.`,
    mentioned: (n: number) => `${n} phiên khác chỉ được nhắc đến trong các bài sau.`,
    planned: (round: string, place: string | null) => `${round} dự kiến diễn ra${place ? ` tại ${place}` : ''}.`,
    plannedCount: (n: number) => `${n} phiên khác dự kiến diễn ra.`,
    noDialogue: (partner: string, articles: number, mentioned: boolean) =>
      `Kho dữ liệu (${articles} bài) chưa ghi nhận cuộc đối thoại nào với ${partner}. Điều đó không có nghĩa là chưa từng có: các bài hiện có chỉ chưa nói đến.${mentioned ? ` Kho dữ liệu có nhắc đến ${partner}:` : ` Kho dữ liệu không nhắc đến ${partner}.`}`,
    partnersHint: 'Thử `partners` để xem mọi đối tác đã có trong kho.',
    partnerNotFoundTitle: 'Không tìm thấy đối tác',
    partnerNotFound: (typed: string) =>
      `Không có cuộc đối thoại nào với “${typed}” trong kho dữ liệu — Attaché không biết đối tác này. Vắng mặt trong kho không có nghĩa là vắng mặt trong lịch sử.`,
    closestPartners: (names: string) => `Đối tác gần nhất: ${names}`,
    whichRoundTitle: 'Phiên nào?',
    whichRound: 'Phiên phải là một số (4, lần thứ 4), “gần nhất” hoặc “tất cả”.',
    noSuchRound: (partner: string, rounds: string) =>
      `Không có phiên này với ${partner}. Các phiên đã ghi nhận: ${rounds}.`,
  },
  timeline: {
    partnerNotFound: (typed: string) => `Attaché không biết đối tác “${typed}”.`,
    topicNotFoundTitle: 'Không tìm thấy chủ đề',
    topicNotFound: (typed: string) => `Attaché không biết chủ đề “${typed}”.`,
    closestTopics: (names: string) => `Chủ đề gần nhất: ${names}`,
    title: (scope: string) => (scope ? `Dòng thời gian: ${scope}` : 'Dòng thời gian của kho dữ liệu'),
    summary: (rounds: number, events: number, span: string) =>
      `${rounds} phiên${events ? ` và ${events} sự kiện khác` : ''} được ghi nhận${span ? `, ${span}` : ''}.`,
    nothing: 'Không có mốc nào cho lựa chọn này.',
  },
  topic: {
    whichTitle: 'Chủ đề nào?',
    which: 'Hãy nhập một chủ đề, ví dụ “rà phá bom mìn”.',
    closeNames: (names: string) => `Chủ đề gần giống: ${names}`,
    title: (name: string) => `Chủ đề: ${name}`,
    none: (name: string) => `Chưa phiên nào trong kho bàn về ${name.toLowerCase()}.`,
    summary: (name: string, rounds: number, partners: number, latest: string | null, first: string | null) =>
      `${name} được bàn tại ${rounds} phiên với ${partners} đối tác${latest ? `, gần nhất với ${latest}` : ''}${first ? `; sớm nhất với ${first}` : ''}.`,
    summaryCapped: (name: string, rounds: number, partners: number, shown: number) =>
      `${name} được bàn tại ${rounds} phiên với ${partners} đối tác; hiển thị ${shown} phiên gần nhất.`,
  },
  search: {
    emptyTitle: 'Chưa có từ khóa',
    empty: 'Hãy nhập từ cần tìm, ví dụ “bom mìn” hoặc “gìn giữ hòa bình”.',
    noneTitle: 'Không tìm thấy đoạn nào',
    none: (typed: string) => `Không có đoạn nào khớp với “${typed}”.`,
    noneHint: 'Thử ít từ hơn, hoặc viết có dấu/không dấu.',
    title: (typed: string) => `Tìm kiếm: ${typed}`,
    summary: (n: number) => `${n} đoạn, phù hợp nhất trước.`,
  },
  source: {
    notFoundTitle: 'Không tìm thấy bài',
    notFound: (typed: string) => `Không có bài “${typed}” trong kho.`,
    notFoundHint: 'Gõ vài chữ trong tiêu đề bài ở `source` để chọn từ danh sách.',
    noPassageTitle: 'Không có đoạn này',
    noPassage: (id: string, n: number) => `Bài ${id} có các đoạn từ 1 đến ${n}.`,
    passageCount: (n: number) => `${n} đoạn`,
    passage: (n: number) => `Đoạn ${n}`,
  },
  partners: {
    title: 'Các đối tác đã ghi nhận',
    summary: (n: number) => `${n} đối tác có trong kho dữ liệu.`,
  },
  about: {
    title: 'Về kho dữ liệu',
    noDated: 'không có bài nào có ngày',
    undated: (n: number) => `(${n} bài không ghi ngày)`,
    rounds: (held: number, mentioned: number, planned: number) =>
      [`${held} đã diễn ra`, mentioned ? `${mentioned} được nhắc` : '', planned ? `${planned} dự kiến` : '']
        .filter(Boolean)
        .join(', '),
    summary: (articles: number, range: string, outlets: number, skipped: number) =>
      `${articles} bài đăng ${range}, từ ${outlets} nguồn tin${skipped ? `; ${skipped} tệp bị bỏ qua` : ''}.`,
  },
  suggest: {
    partner: (flag: string, name: string, rounds: number) => `${flag} ${name}${rounds ? ` · ${rounds} phiên` : ''}`,
    latest: 'gần nhất — phiên gần đây nhất',
    all: 'tất cả — mọi phiên đã ghi nhận',
  },
  picture: {
    held: 'đã diễn ra',
    mentioned: 'chỉ được nhắc đến',
    planned: 'dự kiến',
    event: 'sự kiện khác',
    highlighted: 'được chọn',
    coarse: 'vạch = biết tháng, dải = biết năm',
    inferred: '~ ngày suy ra',
    onOrBefore: '≤ vào hoặc trước ngày',
    undated: 'chưa rõ ngày',
    alt: (title: string, points: number) => `Hình dòng thời gian: ${title}, ${points} mốc trên trục thời gian.`,
    capped: (shown: number, all: number) => `${shown} đối tác có nhiều mốc nhất, trong số ${all}`,
  },
  help: {
    title: 'Attaché — các lệnh',
    summary:
      'Attaché trả lời về lịch sử ngoại giao quốc phòng song phương của Việt Nam từ kho bài báo. Bấm vào một lệnh để dùng.',
  },
  options: {
    empty: 'đang để trống',
    tooLong: (max: number) => `dài quá ${max} ký tự`,
    whole: (min: number, max: number) => `phải là số nguyên từ ${min} đến ${max}`,
    invalid: 'không hợp lệ',
  },
  notices: {
    slowDown: (retry: string) => `Bạn hỏi hơi nhanh: vui lòng thử lại ${retry}.`,
    expired: 'Câu trả lời này đã hết hạn. Vui lòng hỏi lại.',
    stale: 'Nút này thuộc một câu trả lời không còn vẽ lại được. Vui lòng hỏi lại.',
    unknownCommand: 'Attaché không còn lệnh này. Gõ / để xem các lệnh hiện có.',
    badOption: (option: string, problem: string) => `Tùy chọn \`${option}\` chưa đúng: ${problem}. Vui lòng thử lại.`,
    apology: (id: string) => `Xin lỗi, đã có lỗi từ phía chúng tôi. Nếu lặp lại, hãy báo mã lỗi \`${id}\`.`,
    shared: 'Đã chia sẻ vào kênh.',
    cannotShare: 'Attaché không đăng được vào kênh này, nên câu trả lời vẫn chỉ mình bạn thấy.',
  },
};
