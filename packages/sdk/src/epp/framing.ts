/**
 * RFC 5734 §4 framing: every EPP data unit is a 32-bit big-endian total length (the 4 header
 * bytes included) followed by the UTF-8 XML.
 * @module
 */

const HEADER_BYTES = 4;

/** The largest frame {@link EppFrameDecoder} accepts unless told otherwise (16 MiB). */
export const DEFAULT_MAX_EPP_FRAME_BYTES = 16 * 1024 * 1024;

/** Frames one XML document for the wire. */
export function encodeEppFrame(xml: string): Buffer {
  const body = Buffer.from(xml, 'utf8');
  const frame = Buffer.allocUnsafe(HEADER_BYTES + body.length);
  frame.writeUInt32BE(HEADER_BYTES + body.length, 0);
  body.copy(frame, HEADER_BYTES);
  return frame;
}

/** Why {@link EppFrameDecoder.push} refused the stream; the connection can no longer be trusted. */
export class EppFrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EppFrameError';
  }
}

/**
 * Reassembles frames from TCP chunks: one chunk may hold part of a frame, or several frames.
 * A declared length below 5 (no XML) or above `maxFrameBytes` throws {@link EppFrameError}
 * before any of that frame is buffered, so a hostile peer cannot make the reader allocate it.
 */
export class EppFrameDecoder {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly maxFrameBytes: number;

  constructor(options: { maxFrameBytes?: number } = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_EPP_FRAME_BYTES;
  }

  /** Bytes received that do not yet form a whole frame. */
  get pendingBytes(): number {
    return this.buffer.length;
  }

  /** Adds a chunk; returns the XML of every frame it completes, in order. */
  push(chunk: Buffer): string[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const frames: string[] = [];
    while (this.buffer.length >= HEADER_BYTES) {
      const length = this.buffer.readUInt32BE(0);
      if (length <= HEADER_BYTES) throw new EppFrameError(`EPP frame length ${length} is too small`);
      if (length > this.maxFrameBytes) {
        throw new EppFrameError(`EPP frame of ${length} bytes exceeds the ${this.maxFrameBytes}-byte limit`);
      }
      if (this.buffer.length < length) break;
      frames.push(this.buffer.toString('utf8', HEADER_BYTES, length));
      this.buffer = this.buffer.subarray(length);
    }
    return frames;
  }
}
