import { describe, expect, it } from 'vitest';
import { createLangStore, initialLang } from '../../../src/state/langStore';
import { memoryPrefs } from '../../../src/state/prefs';

describe('initialLang', () => {
  it('takes a remembered choice first, then the browser languages, then Chinese', () => {
    expect(initialLang('en', ['zh-CN'])).toBe('en');
    expect(initialLang(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(initialLang('xx', ['zh-TW'])).toBe('zh');
    expect(initialLang(null, ['fr'])).toBe('zh');
  });
});

describe('createLangStore', () => {
  it('switches language and remembers it for the next visit', () => {
    const prefs = memoryPrefs();
    const store = createLangStore(prefs, ['zh-CN']);
    expect(store.getState().lang).toBe('zh');
    store.getState().setLang('en');
    expect(store.getState().lang).toBe('en');
    expect(createLangStore(prefs, ['zh-CN']).getState().lang).toBe('en');
  });
});
