import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../src/boot/flags';

describe('parseFlags', () => {
  it('reads nothing from a plain URL: the tour, no pins, no bench', () => {
    expect(parseFlags('', '/')).toEqual({
      mode: 'tour',
      hall: null,
      dpr: null,
      noWebgl: false,
      benchWalk: false,
      reference: false,
      kiosk: null,
    });
  });

  it('gives a kiosk its settings, each within its range or its default', () => {
    expect(parseFlags('?mode=kiosk').kiosk).toEqual({
      id: 'kiosk',
      idleSeconds: 60,
      promptSeconds: 15,
      lang: 'zh',
      reloadHour: null,
      cacheMb: 2048,
    });
    expect(parseFlags('?idle=20&prompt=8&lang=en&reload=3&cache=500&kiosk=hall-a.3', '/kiosk/').kiosk).toEqual({
      id: 'hall-a.3',
      idleSeconds: 20,
      promptSeconds: 8,
      lang: 'en',
      reloadHour: 3,
      cacheMb: 500,
    });
    expect(parseFlags('?mode=kiosk&idle=1&prompt=1e3&reload=24&cache=-5&kiosk=<b>').kiosk).toMatchObject({
      id: 'kiosk',
      idleSeconds: 60,
      promptSeconds: 15,
      reloadHour: null,
      cacheMb: 2048,
    });
    expect(parseFlags('?idle=20').kiosk).toBeNull();
  });

  it('picks the mode from the path or ?mode=, and nothing else', () => {
    expect(parseFlags('', '/studio/').mode).toBe('studio');
    expect(parseFlags('', '/kiosk/').mode).toBe('kiosk');
    expect(parseFlags('?mode=kiosk', '/').mode).toBe('kiosk');
    expect(parseFlags('?mode=studio', '/').mode).toBe('tour'); // the studio is its own page
    expect(parseFlags('?mode=<script>', '/').mode).toBe('tour');
    expect(parseFlags('', '/studio-old/').mode).toBe('tour');
    expect(parseFlags('', '/review/').mode).toBe('review');
    expect(parseFlags('?mode=review', '/').mode).toBe('tour');
  });

  it('reads the bench and test flags only when spelled exactly', () => {
    expect(parseFlags('?bench=walk&variant=ref&nowebgl').benchWalk).toBe(true);
    expect(parseFlags('?bench=walk&variant=ref&nowebgl')).toMatchObject({ reference: true, noWebgl: true });
    expect(parseFlags('?bench=run&variant=refx')).toMatchObject({ benchWalk: false, reference: false });
  });

  it('passes ?hall= on as written, for boot/hallUrl to check', () => {
    expect(parseFlags('?hall=%2Fhalls%2Ffair%2Fhall.json').hall).toBe('/halls/fair/hall.json');
  });
});
