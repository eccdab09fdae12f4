import { describe, expect, it } from 'vitest';
import { buildDirectory, searchDirectory } from '../../../src/hall/directory';
import type { Booth, Localized, Zone } from '../../../src/manifest';

const booth = (id: string, zh: string, en: string, tags: Localized[]): Booth => ({
  url: `https://x/${id}.json`,
  id,
  exhibitor: { name: { zh, en }, description: { zh: '', en: '' }, logo: 'https://x/l.svg' },
  size: 'M',
  template: 'classic',
  colors: { primary: '#000000', accent: '#ffffff' },
  tags,
  media: [],
});
const booths = [
  booth('bank', '鹤汀银行反诈中心', 'Heting Bank Anti-Fraud Centre', [{ en: 'finance' }, { zh: '反诈', en: 'anti-fraud' }]),
  booth('school', '星桥大学网络安全实验室', 'Xingqiao University Cyber Lab', [
    { zh: '校园', en: 'campus' },
    { zh: 'CTF', en: 'CTF' },
  ]),
  booth('police', '明湖市网警', 'Minghu Cyber Police', [{ en: 'anti-fraud' }, { zh: '法治', en: 'law' }]),
];
const zones: Zone[] = [
  { id: 'finance', name: { zh: '金融日', en: 'Finance Day' }, kind: 'theme', color: '#000000', booths: ['bank'] },
  { id: 'campus', name: { zh: '校园日', en: 'Campus Day' }, kind: 'theme', color: '#000000', booths: ['school'] },
];
const dir = buildDirectory(booths, zones);
const ids = (q: string) => searchDirectory(dir, q).map((e) => e.booth.id);

describe('searchDirectory', () => {
  it('finds by Chinese or English name, case-insensitively', () => {
    expect(ids('银行')).toEqual(['bank']);
    expect(ids('heting')).toEqual(['bank']);
    expect(ids('CYBER')).toEqual(['school', 'police']);
  });
  it('finds by tag and by zone name in either language', () => {
    expect(ids('ctf')).toEqual(['school']);
    expect(ids('校园日')).toEqual(['school']);
    expect(ids('finance day')).toEqual(['bank']);
    expect(ids('anti-fraud')).toEqual(['bank', 'police']);
    // A tag is found in the language the visitor does not read too.
    expect(ids('法治')).toEqual(['police']);
  });
  it('requires every word and ranks names before tags', () => {
    expect(ids('cyber police')).toEqual(['police']);
    expect(ids('反诈')).toEqual(['bank']);
    expect(ids('nothing-like-this')).toEqual([]);
  });
  it('lists everything in hall order for an empty query', () => {
    expect(ids('  ')).toEqual(['bank', 'school', 'police']);
  });
  it('normalises full-width input', () => {
    expect(ids('ＣＴＦ')).toEqual(['school']);
  });
});

describe('searchDirectory by pinyin (a kiosk without a Chinese input method)', async () => {
  const { loadRomanizer } = await import('../../../src/i18n/pinyin');
  const romanize = await loadRomanizer();
  const py = buildDirectory(booths, zones, { romanize });
  const pyIds = (q: string) => searchDirectory(py, q).map((e) => e.booth.id);

  it('reads polyphonic characters as in their word', () => {
    expect(romanize('鹤汀银行')).toEqual({ full: 'hetingyinhang', initials: 'htyh' });
    expect(romanize('重庆')).toEqual({ full: 'chongqing', initials: 'cq' });
    expect(romanize('女生 · 5G')).toEqual({ full: 'nvsheng5g', initials: 'ns5g' });
    expect(romanize('CTF')).toEqual({ full: 'ctf', initials: 'ctf' });
  });

  it('finds a booth by the initials of its Chinese name, first', () => {
    expect(pyIds('htyh')[0]).toBe('bank');
    expect(pyIds('xqdx')).toEqual(['school']);
    expect(pyIds('mhswj')).toEqual(['police']);
  });

  it('finds by full pinyin, run together or word by word', () => {
    expect(pyIds('xingqiaodaxue')).toEqual(['school']);
    expect(pyIds('xing qiao da xue')).toEqual(['school']);
    expect(pyIds('yinhang')).toEqual(['bank']);
  });

  it('finds by the pinyin of a tag or a zone name, after name matches', () => {
    expect(pyIds('fazhi')).toEqual(['police']);
    expect(pyIds('jinrong')).toEqual(['bank']);
  });

  it('matches a short token only at the start of a key: one letter is not everything', () => {
    // 'z' is inside the bank's pinyin (fanzha, zhongxin) and in no English text.
    expect(pyIds('z')).toEqual([]);
    expect(pyIds('zx')).toEqual([]);
    // Long enough, inside a name's pinyin: 反诈 is in the middle of the bank's name.
    expect(pyIds('fanzha')).toEqual(['bank']);
  });

  it('keeps English search as it was, and without a romanizer no pinyin keys are made', () => {
    expect(pyIds('heting')).toEqual(['bank']);
    expect(ids('htyh')).toEqual([]);
  });
});
