import { describe, expect, it } from 'vitest';
import { shareCard } from '../../../src/manifest/shareCard';
import { booth, validBooth } from './fixtures';

const hall = { title: { zh: '云展馆', en: 'Cloud Expo' }, welcome: { zh: '欢迎'.repeat(100), en: 'Welcome' } };
const parsed = (over: (b: ReturnType<typeof validBooth>) => void = () => {}) => {
  const b = validBooth();
  over(b);
  return booth(b).value!;
};

describe('shareCard', () => {
  it('names the booth and the hall, in the language asked for, with its tagline or description', () => {
    const card = shareCard({ hall, booths: [parsed()] }, 'acme-security', 'en');
    expect(card.title).toBe('Acme Security · Cloud Expo');
    expect(card.description).toBe('We do security.');
  });

  it('pictures the booth with a raster image: an SVG logo gives way to the video poster, then a gallery picture', () => {
    expect(shareCard({ hall, booths: [parsed()] }, 'acme-security', 'zh').image).toBe(
      'https://expo.example.cn/scenes/test/media/a.jpg',
    );
    const noPoster = parsed((b) => {
      b.media = (b.media ?? []).filter((m) => (m as { type: string }).type !== 'video');
    });
    expect(shareCard({ hall, booths: [noPoster] }, 'acme-security', 'zh').image).toBe(
      'https://expo.example.cn/scenes/test/img/b.webp',
    );
    const pngLogo = parsed((b) => {
      b.exhibitor.logo = '../logos/acme.png';
    });
    expect(shareCard({ hall, booths: [pngLogo] }, 'acme-security', 'zh').image).toBe(
      'https://expo.example.cn/scenes/test/logos/acme.png',
    );
    const onlySvg = parsed((b) => {
      b.media = [];
    });
    expect(shareCard({ hall, booths: [onlySvg] }, 'acme-security', 'zh').image).toBe(
      'https://expo.example.cn/scenes/test/logos/acme.svg',
    );
  });

  it("is the hall's card for the hall, or a booth it does not have, its welcome clipped for a card", () => {
    const card = shareCard({ hall, booths: [parsed()] }, 'gone-booth', 'zh');
    expect(card).toMatchObject({ title: '云展馆', image: null });
    expect(card.description).toHaveLength(160);
    expect(card.description.endsWith('…')).toBe(true);
  });
});
