import { describe, expect, it } from 'vitest';
import { EppFrameDecoder, EppFrameError, encodeEppFrame } from './framing.js';
import { buildEppXml, parseEppXml } from './xml.js';

describe('EPP framing (RFC 5734 §4)', () => {
  it('prefixes the total length, header included, big-endian', () => {
    const frame = encodeEppFrame('<epp/>é');
    expect(frame.readUInt32BE(0)).toBe(4 + Buffer.byteLength('<epp/>é'));
    expect(frame.subarray(4).toString('utf8')).toBe('<epp/>é');
  });

  it('reassembles a frame split across chunks, byte by byte', () => {
    const decoder = new EppFrameDecoder();
    const frame = encodeEppFrame('<epp><hello/></epp>');
    const out: string[] = [];
    for (const byte of frame) out.push(...decoder.push(Buffer.from([byte])));
    expect(out).toEqual(['<epp><hello/></epp>']);
    expect(decoder.pendingBytes).toBe(0);
  });

  it('returns several frames that arrive in one chunk, keeping the partial rest', () => {
    const decoder = new EppFrameDecoder();
    const third = encodeEppFrame('<c/>');
    const chunk = Buffer.concat([encodeEppFrame('<a/>'), encodeEppFrame('<b/>'), third.subarray(0, 6)]);
    expect(decoder.push(chunk)).toEqual(['<a/>', '<b/>']);
    expect(decoder.push(third.subarray(6))).toEqual(['<c/>']);
  });

  it('refuses a declared length over the limit before buffering it', () => {
    const decoder = new EppFrameDecoder({ maxFrameBytes: 1024 });
    const header = Buffer.alloc(4);
    header.writeUInt32BE(1025, 0);
    expect(() => decoder.push(header)).toThrow(EppFrameError);
  });

  it('refuses a length that leaves no room for XML', () => {
    const header = Buffer.alloc(4);
    header.writeUInt32BE(4, 0);
    expect(() => new EppFrameDecoder().push(header)).toThrow(/too small/);
  });
});

describe('EPP XML', () => {
  it('escapes values so they cannot become markup', () => {
    const xml = buildEppXml({ epp: { command: { login: { pw: 'a</pw><x>&"' } } } });
    expect(xml).not.toContain('</pw><x>');
    expect((parseEppXml(xml).epp as { command: { login: { pw: string } } }).command.login.pw).toBe('a</pw><x>&"');
  });

  it('keeps values as strings (a contact id 0042 stays 0042)', () => {
    const tree = parseEppXml('<epp><id>0042</id></epp>');
    expect((tree.epp as { id: unknown }).id).toBe('0042');
  });
});
