import { describe, expect, it } from 'vitest';
import {
  passportPayload,
  QR_MAX_CHARS,
  h5Payload,
  linkLeavesPage,
  outsideLinkPayload,
  shortUrlText,
  visitPayload,
  visitPayloadIds,
  type LinkActivation,
} from '../../../src/state/qrPayloads';
import { VISIT_MAX_IDS, parseRoute } from '../../../src/state/route';

const site = { origin: 'https://expo.example.com', hall: null };

describe('outside links', () => {
  it.each([
    ['https://acme.example.com/guides/pin', 'https://acme.example.com/guides/pin'],
    ['http://acme.example.com', 'http://acme.example.com/'],
    ['HTTPS://Acme.Example.com/a?b=1#c', 'https://acme.example.com/a?b=1#c'],
  ])('%s is offered as %s', (href, text) => {
    expect(outsideLinkPayload(href)).toBe(text);
  });

  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' https://acme.example.com',
    'data:text/html,<script>1</script>',
    'mailto:lab@acme.example.com',
    'tel:+861055550139',
    'blob:https://expo.example.com/0b0f',
    'file:///etc/passwd',
    'https://user:secret@acme.example.com/',
    '/relative/page',
    '//acme.example.com/x',
    'https://acme.example.com\\@evil.example',
    '',
    `https://acme.example.com/${'a'.repeat(QR_MAX_CHARS)}`,
  ])('refuses %j', (href) => {
    expect(outsideLinkPayload(href)).toBeNull();
  });
});

describe('H5 pages', () => {
  it('carries the visitor’s language, replacing one already there', () => {
    expect(h5Payload('https://h5.example.com/quiz/index.html', 'en')).toBe('https://h5.example.com/quiz/index.html?lang=en');
    expect(h5Payload('https://h5.example.com/q?lang=en&x=1', 'zh')).toBe('https://h5.example.com/q?lang=zh&x=1');
  });

  it('gives no code for a local file or anything but http(s)', () => {
    expect(h5Payload('blob:https://expo.example.com/7f1c', 'zh')).toBeNull();
    expect(h5Payload('javascript:alert(1)', 'zh')).toBeNull();
  });
});

describe('the visit hand-off', () => {
  it('lists the booths opened, first visit first, on the tour’s page', () => {
    const text = visitPayload({ visited: ['acme-security', 'b2'] }, site);
    expect(text).toBe('https://expo.example.com/#/visit/acme-security,b2');
    // What a phone makes of it: the same booths.
    expect(parseRoute(new URL(text!).hash)).toEqual({ kind: 'visit', ids: ['acme-security', 'b2'] });
  });

  it('nothing visited, nothing to hand off', () => {
    expect(visitPayload({ visited: [] }, site)).toBeNull();
    expect(visitPayload({ visited: ['Bad Id', '<x>'] }, site)).toBeNull();
  });

  it('keeps only well-formed ids, each once', () => {
    expect(visitPayload({ visited: ['a', 'A', 'a', 'x/../y', 'b-', 'c,d', 'b'] }, site)).toBe(
      'https://expo.example.com/#/visit/a,b',
    );
  });

  it('names the kiosk’s hall, so the phone opens the same one', () => {
    const text = visitPayload(
      { visited: ['a'] },
      { origin: 'https://expo.example.com', hall: 'https://halls.example.com/h.json' },
    );
    expect(text).toBe('https://expo.example.com/?hall=https%3A%2F%2Fhalls.example.com%2Fh.json#/visit/a');
  });

  it('refuses an origin that is not http(s)', () => {
    expect(visitPayload({ visited: ['a'] }, { origin: 'null', hall: null })).toBeNull();
    expect(visitPayload({ visited: ['a'] }, { origin: 'file://', hall: null })).toBeNull();
  });

  it(`keeps the most recent ${VISIT_MAX_IDS} booths`, () => {
    const visited = Array.from({ length: 55 }, (_, i) => `b${i}`);
    const ids = visitPayloadIds({ visited }, site);
    expect(ids).toHaveLength(VISIT_MAX_IDS);
    expect(ids[0]).toBe('b15');
    expect(ids.at(-1)).toBe('b54');
    expect(visitPayload({ visited }, site)).toBe(`https://expo.example.com/#/visit/${ids.join(',')}`);
  });

  it(`stays within ${QR_MAX_CHARS} characters, dropping the oldest booths`, () => {
    const visited = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}-${'x'.repeat(57)}`);
    const text = visitPayload({ visited }, site)!;
    expect(text.length).toBeLessThanOrEqual(QR_MAX_CHARS);
    const ids = visitPayloadIds({ visited }, site);
    expect(ids.at(-1)).toBe(visited.at(-1));
    expect(ids.length).toBeLessThan(40);
    expect(text.endsWith(ids.join(','))).toBe(true);
  });
});

describe('the URL beneath a code', () => {
  it('drops the scheme and a trailing slash', () => {
    expect(shortUrlText('https://acme.example.com/')).toBe('acme.example.com');
  });

  it('elides a long middle, keeping both ends', () => {
    const s = shortUrlText(`https://expo.example.com/#/visit/${'a,'.repeat(80)}z`, 40);
    expect(s).toHaveLength(40);
    expect(s.startsWith('expo.example.com/')).toBe(true);
    expect(s.endsWith('a,z')).toBe(true);
    expect(s).toContain('…');
  });
});

describe('which links would leave a kiosk’s page', () => {
  const here = 'https://expo.example.com/kiosk/?idle=60#/booth/a';
  const link = (href: string, more: Partial<LinkActivation> = {}): LinkActivation => ({
    href,
    target: '',
    download: false,
    newTabGesture: false,
    ...more,
  });

  it.each([
    ['#/booth/b', {}],
    ['#/', {}],
    ['https://expo.example.com/kiosk/?idle=60#/at/c', {}],
    ['#/booth/b', { target: '_self' }],
    ['#/booth/b', { target: ' _TOP ' }],
  ])('stays: %s %j', (href, more) => {
    expect(linkLeavesPage(link(href, more), here)).toBe(false);
  });

  it.each([
    ['https://acme.example.com/', {}],
    ['/studio/', {}],
    ['?mode=tour', {}],
    ['mailto:lab@acme.example.com', {}],
    ['javascript:void(0)', {}],
    ['#/booth/b', { target: '_blank' }],
    ['#/booth/b', { target: 'other-window' }],
    ['#/booth/b', { newTabGesture: true }],
    ['#/booth/b', { download: true }],
    ['http://[bad', {}],
  ])('leaves: %s %j', (href, more) => {
    expect(linkLeavesPage(link(href, more), here)).toBe(true);
  });
});

describe('passportPayload', () => {
  it('is the tour page with the kiosk’s hall and the passport hash', () => {
    expect(passportPayload('AQIDBAU', { origin: 'https://expo.example.cn', hall: 'halls/week.json' })).toBe(
      'https://expo.example.cn/?hall=halls%2Fweek.json#/passport/AQIDBAU',
    );
    expect(passportPayload('AQIDBAU', { origin: 'https://expo.example.cn/kiosk/', hall: null })).toBe(
      'https://expo.example.cn/#/passport/AQIDBAU',
    );
  });

  it('refuses a code that is not one, or a site without an http(s) address', () => {
    expect(passportPayload('a/b?c', { origin: 'https://expo.example.cn', hall: null })).toBeNull();
    expect(passportPayload('AQIDBAU', { origin: 'javascript:alert(1)', hall: null })).toBeNull();
  });
});
