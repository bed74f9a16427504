// Copied into the scaffolded plugin's folder by the outsider test and run there with plain node:
// what a platform does first with a new plugin. It loads the plugin (by path) into
// @registrar-kit/host, installed from its tarball, on an SQLite store, and routes the operation of
// the plugin's own `info/success` cassette through a `.com` connector. A loopback server answers
// with the cassette's recorded replies, in order. Prints one JSON line: the record and the
// requests the server saw; exits 1 if the host reports a problem.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHost } from '@registrar-kit/host';

const pluginDir = process.cwd();
const cassette = JSON.parse(readFileSync(join(pluginDir, 'cassettes/info/success.json'), 'utf8'));
const [step] = cassette.steps;
const replies = step.exchanges.map((exchange) => exchange.http.response);
const requests = [];

const server = createServer((request, response) => {
  requests.push(`${request.method} ${request.url}`);
  const reply = replies.shift();
  if (reply === undefined) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end('the cassette has no more replies');
    return;
  }
  const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  response.writeHead(reply.status, reply.headers ?? {}).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

// The recorded endpoint's path on the loopback server; the secret comes from the environment.
process.env.OUTSIDER_API_KEY = 'outsider-api-key-0123456789';
const host = await createHost({
  store: { sqlite: join(pluginDir, 'outsider.sqlite') },
  plugins: [
    {
      name: 'outsider',
      package: pluginDir,
      settings: { endpoint: `http://127.0.0.1:${port}${new URL(cassette.settings.endpoint).pathname}`, apiKey: { $env: 'OUTSIDER_API_KEY' } },
    },
  ],
  connectors: [{ tld: 'com', plugin: 'outsider' }],
});
let code = 0;
try {
  if (host.problems().length > 0) {
    process.stderr.write(`${JSON.stringify(host.problems())}\n`);
    code = 1;
  } else {
    const record = await host.submit({ operation: step.call.operation, input: step.call.input });
    process.stdout.write(`${JSON.stringify({ record, requests })}\n`);
  }
} finally {
  await host.close();
  server.close();
}
process.exitCode = code;
