/**
 * Invented people: Vietnamese names from family + middle + given lists, foreign names plausible for the partner's
 * region. Combinations are random, so any match with a real person is chance.
 */
import type { Rng } from './random.js';

export interface Person {
  name: string;
  female: boolean;
}

const VN_FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lương',
  'Phan',
  'Trịnh',
  'Đinh',
  'Mai',
];
const VN_MIDDLE = [
  'Văn',
  'Xuân',
  'Chí',
  'Tân',
  'Hồng',
  'Quốc',
  'Đình',
  'Minh',
  'Hữu',
  'Thành',
  'Khắc',
  'Đức',
  'Anh',
  'Công',
];
const VN_GIVEN = [
  'Cương',
  'Thắng',
  'Hùng',
  'Dũng',
  'Nam',
  'Sơn',
  'Tuấn',
  'Long',
  'Phong',
  'Khải',
  'Lộc',
  'Bình',
  'Quang',
  'Toàn',
  'Hiếu',
  'Kiên',
  'Thịnh',
];

type Region =
  | 'jp'
  | 'kr'
  | 'cn'
  | 'sea'
  | 'south-asia'
  | 'anglo'
  | 'slavic'
  | 'french'
  | 'germanic'
  | 'southern-europe'
  | 'latin-america'
  | 'middle-east'
  | 'central-asia'
  | 'africa';

const REGION_OF: Record<string, Region> = {
  JP: 'jp',
  KR: 'kr',
  KP: 'kr',
  CN: 'cn',
  LA: 'sea',
  KH: 'sea',
  TH: 'sea',
  MM: 'sea',
  MY: 'sea',
  SG: 'sea',
  ID: 'sea',
  PH: 'sea',
  BN: 'sea',
  TL: 'sea',
  IN: 'south-asia',
  PK: 'south-asia',
  BD: 'south-asia',
  LK: 'south-asia',
  US: 'anglo',
  CA: 'anglo',
  AU: 'anglo',
  NZ: 'anglo',
  GB: 'anglo',
  IE: 'anglo',
  RU: 'slavic',
  BY: 'slavic',
  UA: 'slavic',
  CZ: 'slavic',
  PL: 'slavic',
  SK: 'slavic',
  BG: 'slavic',
  HU: 'slavic',
  RO: 'slavic',
  FR: 'french',
  BE: 'french',
  DE: 'germanic',
  AT: 'germanic',
  CH: 'germanic',
  NL: 'germanic',
  SE: 'germanic',
  NO: 'germanic',
  DK: 'germanic',
  FI: 'germanic',
  IT: 'southern-europe',
  ES: 'southern-europe',
  PT: 'southern-europe',
  GR: 'southern-europe',
  BR: 'latin-america',
  AR: 'latin-america',
  CL: 'latin-america',
  MX: 'latin-america',
  VE: 'latin-america',
  CU: 'latin-america',
  IL: 'middle-east',
  IR: 'middle-east',
  EG: 'middle-east',
  DZ: 'middle-east',
  SA: 'middle-east',
  AE: 'middle-east',
  QA: 'middle-east',
  KW: 'middle-east',
  TR: 'middle-east',
  MN: 'central-asia',
  KZ: 'central-asia',
  UZ: 'central-asia',
  ZA: 'africa',
};

/** Given names (women's marked with a trailing '*'), family names, and whether the family name comes first. */
const POOLS: Record<Region, { given: string[]; family: string[]; familyFirst: boolean }> = {
  jp: {
    given: ['Hiroshi', 'Takeshi', 'Kenji', 'Masahiro', 'Satoshi', 'Kazuo', 'Ryota', 'Yuko*'],
    family: ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Manabe', 'Ishida'],
    familyFirst: false,
  },
  kr: {
    given: ['Jae Min', 'Sung Ho', 'Dong Hyun', 'Min Woo', 'Young Soo', 'Ji Hoon', 'Kyung Soo', 'Eun Ji*'],
    family: ['Park', 'Kim', 'Lee', 'Choi', 'Jung', 'Kang', 'Yoon', 'Han'],
    familyFirst: true,
  },
  cn: {
    given: ['Wei', 'Jianguo', 'Haitao', 'Xiaoming', 'Guanghui', 'Zhiqiang', 'Lei', 'Hong*'],
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Sun', 'Zhou', 'Xu'],
    familyFirst: true,
  },
  sea: {
    given: ['Somchai', 'Prasit', 'Ahmad', 'Rizal', 'Bunthoeun', 'Eduardo', 'Agus', 'Siti*', 'Maria*'],
    family: ['Phommachanh', 'Sukhum', 'Rahman', 'Santoso', 'Pheng', 'Reyes', 'Wijaya', 'Ismail', 'Sok'],
    familyFirst: false,
  },
  'south-asia': {
    given: ['Rajesh', 'Anil', 'Sanjay', 'Imran', 'Farhan', 'Tariq', 'Ajay', 'Priya*'],
    family: ['Sharma', 'Kumar', 'Gupta', 'Khan', 'Ahmed', 'Perera', 'Singh', 'Chowdhury'],
    familyFirst: false,
  },
  anglo: {
    given: ['John', 'Peter', 'David', 'Michael', 'Richard', 'James', 'Sarah*', 'Emily*', 'Laura*'],
    family: ['Smith', 'Brennan', 'Walker', 'Thompson', 'Hughes', 'Mitchell', 'Clarke', 'Morgan', 'Fraser'],
    familyFirst: false,
  },
  slavic: {
    given: ['Alexander', 'Sergei', 'Nikolai', 'Viktor', 'Pavel', 'Andrzej', 'Tomas', 'Elena*'],
    family: ['Fomin', 'Ivanov', 'Petrov', 'Novak', 'Kowalski', 'Dvorak', 'Sokolov', 'Horvat'],
    familyFirst: false,
  },
  french: {
    given: ['Philippe', 'Nicolas', 'Pierre', 'Olivier', 'Claire*', 'Isabelle*'],
    family: ['Moreau', 'Laurent', 'Dubois', 'Lefebvre', 'Girard', 'Bernard'],
    familyFirst: false,
  },
  germanic: {
    given: ['Thomas', 'Henrik', 'Lars', 'Stefan', 'Jan', 'Erik', 'Katrin*', 'Ingrid*'],
    family: ['Keller', 'Schmidt', 'Lindqvist', 'Hansen', 'Berg', 'Weber', 'Nielsen', 'Jansen'],
    familyFirst: false,
  },
  'southern-europe': {
    given: ['Marco', 'Carlos', 'Luca', 'Nikos', 'Giulia*', 'Ana*'],
    family: ['Rossi', 'Bianchi', 'Ferreira', 'Costa', 'Martini', 'Papadakis'],
    familyFirst: false,
  },
  'latin-america': {
    given: ['José', 'Luis', 'Ricardo', 'Jorge', 'Raúl', 'Fernanda*'],
    family: ['Pérez', 'González', 'Souza', 'Rodríguez', 'Herrera', 'Castro'],
    familyFirst: false,
  },
  'middle-east': {
    given: ['Ahmed', 'Omar', 'Khalid', 'Mustafa', 'Hassan', 'Yossi', 'Leila*'],
    family: ['Haddad', 'Farouk', 'Nasser', 'Yilmaz', 'Rahimi', 'Saleh', 'Cohen'],
    familyFirst: false,
  },
  'central-asia': {
    given: ['Nurlan', 'Batbayar', 'Rustam', 'Aibek', 'Dilshod', 'Saule*'],
    family: ['Abenov', 'Ganbold', 'Yusupov', 'Seitkali', 'Rakhimov', 'Tsogt'],
    familyFirst: false,
  },
  africa: {
    given: ['Thabo', 'Sipho', 'Pieter', 'Nomvula*'],
    family: ['Nkosi', 'Dlamini', 'Mokoena', 'Botha'],
    familyFirst: false,
  },
};

export function vietnamesePerson(rng: Rng): Person {
  return { name: `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`, female: false };
}

export function foreignPerson(rng: Rng, partnerCode: string): Person {
  const pool = POOLS[REGION_OF[partnerCode] ?? 'anglo'];
  const rawGiven = rng.pick(pool.given);
  const given = rawGiven.replace(/\*$/, '');
  const family = rng.pick(pool.family);
  return { name: pool.familyFirst ? `${family} ${given}` : `${given} ${family}`, female: rawGiven.endsWith('*') };
}

/** "Nguyễn Chí Vịnh" → "Nguyen Chi Vinh", as English-language outlets often print Vietnamese names. */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
