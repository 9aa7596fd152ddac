/** The vocabulary lives in data/*.json; these are its shapes after zod validation. */

export interface Partner {
  /** ISO 3166 alpha-2, upper case. */
  code: string;
  name: string;
  /** Vietnamese display name ("Nhật Bản"). */
  nameVi: string;
  /** English aliases people type ("USA", "America"); matched as whole words. */
  aliases: string[];
  /** Vietnamese names and transliterations as written in articles ("Hoa Kỳ", "Mỹ", "Ca-na-đa"). */
  namesVi: string[];
  flag: string;
  /** Year diplomatic relations with Vietnam began, when known. */
  relationsSince: number | null;
  /** 'the' when the English name takes an article in a sentence ("the United States"). */
  article?: 'the';
  /** Names in `namesVi` that are also ordinary words or parts of personal names; they count only in context. */
  ambiguous?: AmbiguousName[];
}

/**
 * A Vietnamese country name that is also an ordinary word or part of a personal name ("Pháp" in "biện pháp",
 * "Đức" in "Nguyễn Đức Thắng"). It counts only as written (capitalised) and outside the contexts listed here.
 */
export interface AmbiguousName {
  name: string;
  /** Lower-case words that, right before the name, make it something else ("biện" + "pháp"). */
  notAfter?: string[];
  /** Lower-case words that, right after the name, make it something else ("Pháp" + "luật"). */
  notBefore?: string[];
  /** When set, the name counts only right after one of these phrases ("Việt Nam -", "với"). */
  onlyAfter?: string[];
}

export interface Topic {
  key: string;
  en: string;
  vi: string;
  /** Phrases that mark the topic in Vietnamese text. */
  termsVi: string[];
  /** Phrases that mark the topic in English text and queries. */
  termsEn: string[];
}

export interface Mechanism {
  key: string;
  en: string;
  vi: string;
  termsVi: string[];
  termsEn: string[];
}

export interface Title {
  vi: string;
  en: string;
  /** Other spellings of the same title, in either language ("Deputy Minister of National Defense"). */
  variants?: string[];
  /** English title where a country uses its own ("US" → "Secretary of Defense"). */
  byCountry?: Record<string, string>;
}

export interface Place {
  vi: string;
  en: string;
  /** ISO code of the country the place is in ("JP" for Tokyo); the country itself has its own code. */
  country: string;
  kind: 'city' | 'country';
  /** Other spellings as written in articles ("Oa-sinh-tơn", "Washington D.C."). */
  aliases?: string[];
}

/** A multilateral forum ("Đối thoại Shangri-La", "ADMM+"): a place where partners meet, never a bilateral round. */
export type Forum = Mechanism;

export interface Vocabulary {
  partners: Partner[];
  topics: Topic[];
  mechanisms: Mechanism[];
  /** Multilateral forums, kept apart so that "Đối thoại Shangri-La lần thứ 18" is never read as a bilateral round. */
  forums: Forum[];
  /** Military ranks: "Thượng tướng" → "Senior Lieutenant General". */
  ranks: Title[];
  /** Offices: "Thứ trưởng Bộ Quốc phòng" → "Deputy Minister of National Defence". */
  titles: Title[];
  places: Place[];
}

/** A place in a text where a vocabulary term was found. */
export interface TermMatch<K extends string = string> {
  key: K;
  start: number;
  end: number;
  /** The text as written. */
  matched: string;
}
