import { describe, expect, it } from 'vitest';
import { allLanguages, localize } from '../../../src/manifest';

describe('localized text', () => {
  it('falls back to the other language when one is missing', () => {
    expect(localize({ zh: '你好' }, 'en')).toBe('你好');
    expect(localize({ en: 'Hello' }, 'zh')).toBe('Hello');
    expect(localize({ zh: '你好', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize(undefined, 'zh')).toBe('');
  });
  it('lists both languages for search', () => {
    expect(allLanguages({ zh: '银行', en: 'Bank' })).toEqual(['银行', 'Bank']);
    expect(allLanguages({ en: 'Bank' })).toEqual(['Bank']);
  });
});
