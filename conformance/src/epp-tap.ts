import { Duplex } from 'node:stream';
import { EppFrameDecoder } from '@registrar-kit/sdk';

/**
 * Wraps the byte stream of one EPP connection so every whole frame, in each direction, is seen
 * by `onFrame` while the bytes pass through unchanged (record mode's proxy between the plugin's
 * `ctx.epp` and the live server).
 */
export function tapEppStream(inner: Duplex, onFrame: (direction: 'sent' | 'received', xml: string) => void): Duplex {
  const sent = new EppFrameDecoder();
  const received = new EppFrameDecoder();
  const see = (decoder: EppFrameDecoder, direction: 'sent' | 'received', chunk: Buffer): void => {
    try {
      for (const xml of decoder.push(chunk)) onFrame(direction, xml);
    } catch {
      // A broken frame is the transport's to report; the recording just stops seeing frames.
    }
  };
  const outer = new Duplex({
    write(chunk: Buffer, _encoding, callback) {
      see(sent, 'sent', chunk);
      inner.write(chunk, callback);
    },
    final(callback) {
      inner.end();
      callback();
    },
    read() {
      inner.resume();
    },
    destroy(error, callback) {
      inner.destroy();
      callback(error);
    },
  });
  inner.on('data', (chunk: Buffer) => {
    see(received, 'received', chunk);
    if (!outer.push(chunk)) inner.pause();
  });
  inner.on('end', () => outer.push(null));
  inner.on('error', (error: Error) => outer.destroy(error));
  inner.on('close', () => outer.destroy());
  return outer;
}
