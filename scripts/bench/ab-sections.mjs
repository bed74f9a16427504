// `node scripts/bench/ab-sections.mjs <section> [...]`: runs host bench sections and prints their
// figures as JSON. With RK_BENCH_HOST_ENTRY pointing at another build's dist/index.js, the same
// sections measure that build — run both builds in turn in one session to compare them.
const { hostSections } = await import('./host.mjs');
const out = {};
for (const name of process.argv.slice(2)) {
  const fn = hostSections[name];
  if (fn === undefined) throw new Error(`unknown section ${name}; one of ${Object.keys(hostSections).join(', ')}`);
  out[name] = await fn();
}
console.log(JSON.stringify(out));
