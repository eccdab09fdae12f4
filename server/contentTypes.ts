// Extensions spelled out in imports of this module: vite.config.ts loads it (via the scenes plugin) natively.
/**
 * Content types by extension, for the dev server's `scenes/` and the service's stored files:
 * every stored file was sniffed on arrival to match its extension.
 */
export const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.glb': 'model/gltf-binary',
  '.m4a': 'audio/mp4',
  '.webm': 'video/webm',
  // HLS: the playlist and its segments (MPEG-TS, or fMP4 ones beside an .mp4 init segment).
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.m4s': 'video/iso.segment',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
