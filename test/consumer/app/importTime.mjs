// How long imports take in a fresh Node process: `node importTime.mjs a b` imports a, then b, and
// prints the milliseconds each took, as a JSON array.
const times = [];
for (const name of process.argv.slice(2)) {
  const started = performance.now();
  await import(name);
  times.push(Math.round(performance.now() - started));
}
console.log(JSON.stringify(times));
