// Text in the store is written by strangers (a registrar's mail, a plugin's error): the CLI must
// print its control characters escaped, never let them reach the terminal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '@registrar-kit/host';
import { main } from './main.js';
import { createOutput, paint, render, status, table } from './output.js';
import { capture, run } from './test-support/run.js';

const ESC = '\u001b';
const CSI = '\u009b';
/** An OSC that retitles the terminal, a screen clear, a C1 control sequence introducer. */
const hostile = `<${ESC}]0;owned${'\u0007'}${ESC}[2J${CSI}31m@evil.example>`;

describe('control characters in output', () => {
  it('escapes C0 and C1 controls, keeps newlines, tabs and the colours the CLI paints', () => {
    expect(render(`id ${hostile}`)).toBe('id <\\x1b]0;owned\\x07\\x1b[2J\\u009b31m@evil.example>');
    expect(render('a\tb\nc\u007f')).toBe('a\tb\nc\\u007f');
    expect(render(paint(true, 'red', 'failed'))).toBe(`${ESC}[31mfailed${ESC}[39m`);
    expect(render(status(true, 'pending'))).toBe(`${ESC}[33mpending${ESC}[39m`);
  });

  it('a colour sequence inside stored text is escaped too, even when the CLI paints around it', () => {
    const line = render(`${paint(true, 'dim', 'at')} message ${ESC}[31mred${ESC}[0m`);
    expect(line).toBe(`${ESC}[2mat${ESC}[22m message \\x1b[31mred\\x1b[0m`);
  });

  it('a table cell stays on one line and aligned', () => {
    const text = render(table(['A', 'B'], [[`x${ESC}[2Jy`, 'multi\nline'], ['z', 'w']]));
    expect(text.split('\n')).toEqual([`A${' '.repeat(10)}B`, `${'─'.repeat(9)}  ${'─'.repeat(11)}`, 'x\\x1b[2Jy  multi\\nline', `z${' '.repeat(10)}w`]);
  });

  it('the spinner line and errors are escaped too', () => {
    const stdout = capture();
    const stderr = capture();
    const out = createOutput(stdout, stderr);
    out.wait(`checking ${hostile}`)(`done ${hostile}`);
    out.error(`failed: ${hostile}`);
    expect(stdout.text() + stderr.text()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('registrar-kit domains, operations and log print stored control characters escaped', () => {
  let dir: string;
  let store: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rk-cli-escape-'));
    store = join(dir, 'store.sqlite');
    const host: Host = await createHost({
      store: { sqlite: store },
      plugins: [
        {
          name: 'inx',
          package: fileURLToPath(new URL('../../../tests/fixtures/host-inbound', import.meta.url)),
          settings: { apiKey: 'fixture-key-7c1e9a' },
          inbound: { address: 'inx@platform.example', allowedSenders: ['robot@registrar.example'] },
        },
      ],
      connectors: [{ tld: 'com', plugin: 'inx' }],
    });
    const op = await host.submit({
      operation: 'register',
      input: { domain: 'escape.com', period: 1, contacts: { registrant: { type: 'person', firstName: 'A', lastName: 'B', address: ['1 St'], postalCode: '1', city: 'C', country: 'DE', phone: '+49.301234567', email: 'a@example.org' } }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] },
    });
    // A registrar reply whose Message-ID carries terminal commands: quarantined, and logged with its id.
    const mail = ['From: robot@registrar.example', 'To: inx@platform.example', `Subject: unknown-ref OK`, `Message-ID: ${hostile}`, '', 'x', ''].join('\r\n');
    expect(await host.inbound.deliver(mail)).toMatchObject({ status: 'quarantined' });
    await host.store.updateOperation(op.id, { step: `client${ESC}[2J` });
    const domain = (await host.getDomain('escape.com'))!;
    await host.store.putDomain({ ...domain, lastError: { code: 'REMOTE', message: `refused ${ESC}]8;;http://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`, retryable: false } }, domain.version);
    await host.close();
  });

  it.each([
    ['log', ['log', '--kind', 'inbound']],
    ['domains', ['domains']],
    ['operations', ['operations']],
  ])('registrar-kit %s', async (_name, args) => {
    const plain = await run([...args, '--store', store], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('\\x1b');
    expect(plain.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    // In colour (the output reads colour settings from the process environment), the only escape sequences are the CLI's own colours.
    const stdout = capture();
    const stderr = capture();
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    Object.assign(process.env, { NO_COLOR: '', FORCE_COLOR: '1' });
    try {
      expect(await main([...args, '--store', store], { stdout, stderr, cwd: dir })).toBe(0);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    expect(stdout.text().replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout.text()).toContain(`${ESC}[`);
  });
});
