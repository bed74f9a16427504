import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { idProblem, nameFromId } from './id.js';
import { isTransport, TRANSPORT_SPECS, TRANSPORTS, type Transport } from './transports.js';

export interface Answers {
  id: string;
  name: string;
  transport: Transport;
}

/**
 * Asks for what the flags left out, re-asking until an answer is valid. Only called when stdin
 * is a terminal and `--yes` is absent, so CI never waits for input.
 */
export async function ask(input: Readable, output: Writable, given: { id?: string; name?: string; transport?: Transport }): Promise<Answers> {
  const rl = createInterface({ input, output });
  // A pending question does not settle when the input closes (Ctrl-D) on every Node version: race it.
  const closed = new Promise<never>((_resolve, reject) => rl.once('close', () => reject(new Error('the input closed before every question was answered'))));
  closed.catch(() => undefined);
  const question = (text: string): Promise<string> => Promise.race([rl.question(text), closed]);
  try {
    let id = given.id;
    while (id === undefined) {
      const answer = (await question('Plugin id (kebab-case, e.g. acme): ')).trim();
      const problem = idProblem(answer);
      if (problem === undefined) id = answer;
      else output.write(`${problem}\n`);
    }
    const name = given.name ?? ((await question(`Display name (${nameFromId(id)}): `)).trim() || nameFromId(id));
    let transport = given.transport;
    if (transport === undefined) output.write(TRANSPORTS.map((t) => `  ${t.padEnd(6)} ${TRANSPORT_SPECS[t].title}\n`).join(''));
    while (transport === undefined) {
      const answer = (await question('Transport (json): ')).trim() || 'json';
      if (isTransport(answer)) transport = answer;
      else output.write(`unknown transport "${answer}": use one of ${TRANSPORTS.join(', ')}\n`);
    }
    return { id, name, transport };
  } finally {
    rl.close();
  }
}
