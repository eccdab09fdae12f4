import type { Romanizer } from '../hall/directory';

/** Letters and digits only: a visitor types neither tones, spaces nor the name's punctuation. */
const keyOf = (pieces: readonly string[]) =>
  pieces
    .join('')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v') // how every pinyin keyboard types ü (女 → nv)
    .replace(/[^a-z0-9]/g, '');

/**
 * Loads the pinyin dictionary (its own chunk, some 300 kB: only kiosks fetch it) and gives the
 * directory's romanizer. pinyin-pro segments words, so a polyphonic character reads as in its
 * word (银行 → yinhang, 重庆 → chongqing).
 */
export async function loadRomanizer(): Promise<Romanizer> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    const full = keyOf(pinyin(text, { toneType: 'none', type: 'array' }));
    const initials = keyOf(pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }));
    return full ? { full, initials } : null;
  };
}
