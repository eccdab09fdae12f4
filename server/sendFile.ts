import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends one file with Range support (videos seek; iOS will not play a video without it).
 * `etag`: for a file rewritten in place (the live hall), a validator from its size and time, and
 * 304 when the client's copy is current: kiosks check the hall every few minutes for the price of a header.
 */
export async function sendFile(
  req: FastifyRequest,
  reply: FastifyReply,
  abs: string,
  type: string,
  opts: { etag?: boolean } = {},
): Promise<FastifyReply> {
  let size: number;
  let etag: string | null = null;
  try {
    const s = await stat(abs);
    if (!s.isFile()) return reply.code(404).send({ error: 'not found' });
    size = s.size;
    if (opts.etag) etag = `W/"${s.size.toString(36)}-${Math.floor(s.mtimeMs).toString(36)}"`;
  } catch {
    return reply.code(404).send({ error: 'not found' });
  }
  if (etag) {
    reply.header('ETag', etag);
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) return reply.code(304).send();
  }
  reply.header('Content-Type', type).header('Accept-Ranges', 'bytes');
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) return reply.code(416).header('Content-Range', `bytes */${size}`).send();
    reply
      .code(206)
      .header('Content-Range', `bytes ${start}-${end}/${size}`)
      .header('Content-Length', String(end - start + 1));
    return req.method === 'HEAD' ? reply.send() : reply.send(createReadStream(abs, { start, end }));
  }
  reply.header('Content-Length', String(size));
  return req.method === 'HEAD' ? reply.send() : reply.send(createReadStream(abs));
}
