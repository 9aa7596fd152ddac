// The vocabulary respects Vietnamese words, and resolves what users type.
import { describe, expect, it } from 'vitest';
import { findPartners, findTopics, resolvePartner, resolveTopic } from '../../src/knowledge/index.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';

const codes = (text: string) => findPartners(text).map((m) => m.key);

describe('vocabulary data', () => {
  it('has at least 40 partners with unique codes, flags and Vietnamese names, and every required topic', () => {
    const v = loadVocabulary();
    expect(v.partners.length).toBeGreaterThanOrEqual(40);
    expect(new Set(v.partners.map((p) => p.code)).size).toBe(v.partners.length);
    expect(v.partners.every((p) => p.flag && p.nameVi)).toBe(true);
    expect(v.partners.some((p) => p.code === 'VN')).toBe(false);
    for (const key of [
      'demining',
      'agent-orange-dioxin',
      'war-legacy-mia',
      'maritime-security',
      'south-china-sea',
      'peacekeeping',
      'defence-industry',
      'training',
      'search-and-rescue',
      'humanitarian-assistance-disaster-relief',
      'cyber-security',
      'counter-terrorism',
      'non-proliferation',
      'covid-19',
      'delegation-exchange',
      'multilateral-cooperation',
      'naval-port-visits',
      'military-medicine',
    ]) {
      expect(
        v.topics.some((t) => t.key === key),
        key,
      ).toBe(true);
    }
  });
});

describe('partners in text', () => {
  it.each([
    ['đề cao thượng tôn pháp luật, giải quyết bằng biện pháp hòa bình, dựa trên luật pháp quốc tế', []],
    ['Phó Phát ngôn Bộ Ngoại giao Nguyễn Đức Thắng nói về đạo đức nghề nghiệp', []],
    ['Anh cho biết, tiếng Anh và ngành thẩm mỹ; Ý kiến của bà Nguyễn Thị Nga', []],
    ['Lào Cai-Vân Nam: Tuyến biên giới Việt-Trung hòa bình', []],
    ['Việt Nam - Anh nhất trí; Đại sứ Pháp Olivier Brochet; hợp tác với Ca-na-đa', ['GB', 'FR', 'CA']],
    ['Hoa Kỳ coi hợp tác là ưu tiên; tàu sân bay hiện đại của Mỹ', ['US', 'US']],
    ['North Korea and Korea', ['KP', 'KR']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it('topics: "bom, mìn", "hành động mìn nhân đạo", "UXO", "landmines" are demining; tone placement does not matter', () => {
    for (const text of [
      'khắc phục hậu quả bom, mìn',
      'sáng kiến “hành động mìn nhân đạo”',
      'UXO clearance',
      'landmines',
    ]) {
      expect(
        findTopics(text).map((t) => t.key),
        text,
      ).toContain('demining');
    }
    expect(findTopics('gìn giữ hoà bình').map((t) => t.key)).toEqual(['peacekeeping']);
  });
});

describe('what users type', () => {
  it.each([
    ['canda', 'CA'],
    ['nhat ban', 'JP'],
    ['USA', 'US'],
    ['Hoa Kỳ', 'US'],
    ['hoa ky', 'US'],
    ['korea', 'KR'],
    ['han quoc', 'KR'],
    ['uc', 'AU'],
    ['britain', 'GB'],
    ['germny', 'DE'],
  ])('%s → %s', (typed, code) => {
    expect(resolvePartner(typed).partner?.code).toBe(code);
  });
  it('Vietnam is the home side, never a partner; an unknown name gets the closest partners', () => {
    expect(resolvePartner('việt nam')).toEqual({ partner: null, suggestions: [] });
    expect(resolvePartner('Atlantis').suggestions).toHaveLength(3);
  });
  it.each([
    ['landmines', 'demining'],
    ['rà phá bom mìn', 'demining'],
    ['ra pha bom min', 'demining'],
    ['agent orange', 'agent-orange-dioxin'],
    ['peacekeeping', 'peacekeeping'],
  ])('%s → %s', (typed, key) => {
    expect(resolveTopic(typed).topic?.key).toBe(key);
  });
});
