// Runs startServer (built dist) from a configuration file, in its own process, for drain.test.ts.
// A registration of a domain named slow* waits in the registrar until the process has received
// SIGTERM (plus a little): the request is in flight while the server drains.
const [configFile] = process.argv.slice(2);
let signalled;
const terminated = new Promise((resolve) => (signalled = resolve));
process.once('SIGTERM', () => setTimeout(signalled, 200));
globalThis.__registrarKitFixtureGate = async (operation, input) => {
  if (operation !== 'register' || !input.domain.startsWith('slow')) return;
  process.stdout.write('IN-FLIGHT\n');
  await terminated;
};
const { startServer } = await import(new URL('../../dist/index.js', import.meta.url).href);
const admin = { id: 'key-admin', scopes: ['admin'], createdAt: new Date() };
const server = await startServer({ configFile, port: 0, keys: () => ({ verify: async (key) => (key === 'child-admin-key' ? admin : undefined) }) });
process.stdout.write(`LISTENING ${server.url}\n`);
await server.closed;
process.stdout.write('CLOSED\n');
