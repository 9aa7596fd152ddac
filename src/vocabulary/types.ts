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
  /** English nationality adjectives ("Chinese"), matched like names: "Chinese Defence Minister" names China. */
  adjectives: string[];
  /** Short names that stand for the country only in a pair with Vietnam: "Việt – Trung", "Việt - Mỹ". */
  pairNamesVi: string[];
  flag: string;
  /** Year diplomatic relations with Vietnam began, when known. */
  relationsSince: number | null;
  /** 'the' when the English name takes an article in a sentence ("the United States"). */
  article?: 'the';
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
}

export interface Place {
  vi: string;
  en: string;
  /** ISO code of the country the place is in ("JP" for Tokyo); the country itself has its own code. */
  country: string;
  kind: 'city' | 'country';
}

export interface Vocabulary {
  partners: Partner[];
  topics: Topic[];
  mechanisms: Mechanism[];
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
