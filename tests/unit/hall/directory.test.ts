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
