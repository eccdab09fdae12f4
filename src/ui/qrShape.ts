import type * as QRCodeLib from 'qrcode';

/** A QR code as one SVG path: what the QrCode component draws. */
export interface QrShape {
  /** Side of the code in modules, quiet zone included: the SVG's viewBox. */
  side: number;
  /** Every dark module, each row's runs merged into one rectangle. */
  path: string;
}

/** The quiet zone the standard asks for around a code, in modules. */
const QUIET = 4;

/** Draws a code's modules (`size`×`size`, `dark(row, col)`), quiet zone around them. */
export function qrShape(size: number, dark: (row: number, col: number) => boolean): QrShape {
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      path += `M${start + QUIET} ${row + QUIET}h${col - start}v1h-${col - start}z`;
    }
  }
  return { side: size + 2 * QUIET, path };
}

type QrLib = Pick<typeof QRCodeLib, 'create'>;

let lib: Promise<QrLib> | null = null;

/** The `qrcode` package, fetched the first time a code is drawn: the tour's first chunks never carry it. */
function loadLib(): Promise<QrLib> {
  // A CommonJS package: its functions are the namespace's own, or its default's, by bundler.
  lib ??= import('qrcode').then((m) => ('create' in m ? m : (m as unknown as { default: QrLib }).default));
  return lib;
}

/**
 * The code for `text`, made on this machine (nothing sent anywhere): medium error correction,
 * or low when the text is too long for it; null when it is too long for any code.
 */
export async function makeQrShape(text: string): Promise<QrShape | null> {
  const { create } = await loadLib();
  for (const errorCorrectionLevel of ['M', 'L'] as const) {
    try {
      const { modules } = create(text, { errorCorrectionLevel });
      return qrShape(modules.size, (r, c) => modules.get(r, c) !== 0);
    } catch {
      /* too long at this level: try the next */
    }
  }
  return null;
}
