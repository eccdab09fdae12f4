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
    });
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
