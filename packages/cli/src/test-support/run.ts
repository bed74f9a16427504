import { Writable } from 'node:stream';
import { main } from '../main.js';

/** A stream that keeps what is written to it. */
export function capture(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  }) as Writable & { text: () => string };
  stream.text = () => chunks.join('');
  return stream;
}

/** Runs `registrar-kit <args>` in-process, without colour, and returns its exit code and output. */
export async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await main(args, { stdout, stderr, cwd, env: { ...process.env, ...env, NO_COLOR: '1' } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
