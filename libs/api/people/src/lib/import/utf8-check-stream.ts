import { Transform, TransformCallback } from 'node:stream';

/** Raised on the first byte sequence that is not UTF-8; `line` is where it sits. */
export class InvalidUtf8Error extends Error {
  override name = 'InvalidUtf8Error';

  constructor(readonly line: number) {
    super(`not valid UTF-8 text (save the file as "CSV UTF-8")`);
  }
}

const NEWLINE = 0x0a;

/**
 * Passes bytes through unchanged and fails on invalid UTF-8, which the CSV parser would
 * otherwise turn silently into U+FFFD in people's names.
 */
export class Utf8CheckStream extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private linesBefore = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      callback(new InvalidUtf8Error(this.linesBefore + firstBadLineOffset(chunk)));
      return;
    }
    this.linesBefore += countByte(chunk, NEWLINE);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback) {
    try {
      this.decoder.decode();
    } catch {
      callback(new InvalidUtf8Error(this.linesBefore + 1));
      return;
    }
    callback();
  }
}

function countByte(chunk: Buffer, byte: number): number {
  let count = 0;
  for (let at = chunk.indexOf(byte); at !== -1; at = chunk.indexOf(byte, at + 1)) count++;
  return count;
}

/** 1 + the newlines before the first replacement character a lenient decoding produces. */
function firstBadLineOffset(chunk: Buffer): number {
  const text = new TextDecoder('utf-8').decode(chunk);
  const bad = text.indexOf('\uFFFD');
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < bad; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
