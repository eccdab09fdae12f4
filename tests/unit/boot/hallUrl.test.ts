import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../src/boot/flags';
import { DEFAULT_HALL_PATH, defaultHallPath, hallOriginsFromConfig, hallUrlFrom as fromParam } from '../../../src/boot/hallUrl';

/** As the page does: the parameter as the URL's flags give it. */
const hallUrlFrom = (search: string, page: string, extra?: string[]) => fromParam(parseFlags(search).hall, page, extra);

describe('?hall= parameter', () => {
  const PAGE = 'https://expo.example.cn/index.html';
  it('defaults to the sample expo', () => {
    expect(hallUrlFrom('', PAGE)).toEqual({ ok: true, url: 'https://expo.example.cn/scenes/sample/hall.bundle.json' });
  });
  it('opens same-site halls by path or URL', () => {
    expect(hallUrlFrom('?hall=/halls/fair/hall.json', PAGE)).toEqual({
      ok: true,
      url: 'https://expo.example.cn/halls/fair/hall.json',
    });
    expect(hallUrlFrom('?hall=https%3A%2F%2Fexpo.example.cn%2Fh.json', PAGE)).toEqual({
      ok: true,
      url: 'https://expo.example.cn/h.json',
    });
  });
  it('refuses other schemes and foreign sites unless the build allows them', () => {
    expect(hallUrlFrom('?hall=javascript:alert(1)', PAGE)).toMatchObject({
      ok: false,
      message: '?hall=: expected an http(s) URL, got "javascript:alert(1)"',
    });
    expect(hallUrlFrom('?hall=https://evil.example/h.json', PAGE)).toMatchObject({
      ok: false,
      message: '?hall=: halls from https://evil.example are not allowed on this pavilion',
    });
    expect(hallUrlFrom('?hall=//evil.example/h.json', PAGE).ok).toBe(false);
    expect(hallUrlFrom('?hall=https://partner.example/h.json', PAGE, ['https://partner.example']).ok).toBe(true);
  });

  it("says which origin a refused hall is from (so the site's config can be asked), and only then", () => {
    expect(hallUrlFrom('?hall=https://partner.example/h.json', PAGE)).toMatchObject({
      ok: false,
      origin: 'https://partner.example',
    });
    expect(hallUrlFrom('?hall=javascript:alert(1)', PAGE)).not.toHaveProperty('origin');
  });

  it("reads the site config's hall origins defensively: only exact http(s) origins", () => {
    const text = JSON.stringify({
      hallOrigins: [
        'https://partner.example',
        'https://a.example/path',
        'javascript:alert(1)',
        'ftp://x.example',
        42,
        'http://b.example:8080',
      ],
    });
    expect(hallOriginsFromConfig(text)).toEqual(['https://partner.example', 'http://b.example:8080']);
    expect(hallOriginsFromConfig('not json')).toEqual([]);
    expect(hallOriginsFromConfig('{"hallOrigins": "https://x.example"}')).toEqual([]);
    expect(hallOriginsFromConfig('null')).toEqual([]);
  });
});

describe('defaultHallPath', () => {
  it("opens the service's live hall when the page names one on this site", () => {
    expect(defaultHallPath('/live/hall.bundle.json')).toBe('/live/hall.bundle.json');
    expect(fromParam(null, 'http://expo.test/', [], defaultHallPath('/live/hall.bundle.json'))).toEqual({
      ok: true,
      url: 'http://expo.test/live/hall.bundle.json',
    });
  });
  it('falls back to the sample for anything else', () => {
    for (const bad of [null, undefined, '', '//evil.test/h.json', 'https://evil.test/h.json', '/a/../b.json', 'live/h.json'])
      expect(defaultHallPath(bad)).toBe(DEFAULT_HALL_PATH);
  });
});
