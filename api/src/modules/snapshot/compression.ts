// The stored encodings of a download (snapshot, search index): compressed once per version, sent
// to every phone in the encoding it accepts.
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { Encoding } from './content-coding.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Brotli quality: 11 takes seconds per megabyte; 9 gives most of its gain at a fraction of the time. */
const BROTLI_QUALITY = 9;

export async function compressAll(identity: Buffer, kind: 'text' | 'binary'): Promise<Record<Encoding, Buffer>> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(identity, { level: 9 }),
    brotliAsync(identity, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlibConstants.BROTLI_PARAM_MODE]: kind === 'text' ? zlibConstants.BROTLI_MODE_TEXT : zlibConstants.BROTLI_MODE_GENERIC,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  ]);
  return { identity, gzip: gzipped, br: brotli };
}
