// peer.js -- the comparison run for `make bench`: compromise (npm) doing the
// nearest equivalent of byline's extraction (people, places, organisations,
// quotations) over the same files, timed the same way.
// Usage: node bench/peer.js SECONDS BIGFILE ARTICLE...
// Prints "key value" lines: peer.articles.wps, peer.big.wps, peer.big.ms ...
'use strict';
const fs = require('fs');
const path = require('path');
const mod = require(path.join(__dirname, 'peers', 'node_modules', 'compromise'));
const nlp = mod.default || mod;

// Same word count as bench.c: runs of non-ASCII-white-space bytes.
function countWords(s) {
  let n = 0;
  for (const w of s.split(/[ \t\n\r\f\v]+/)) if (w.length) n++;
  return n;
}

// One extraction, ending in JSON text as byline's does.
function extract(text) {
  const doc = nlp(text);
  const out = {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    quotations: doc.quotations().out('array'),
  };
  return JSON.stringify(out);
}

// CPU time of the whole process (JIT and GC threads included), in ns.
function cpuNs() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function run(texts, seconds) {
  let words = 0, calls = 0, ns = 0n;
  for (const t of texts) extract(t.text); // warm-up
  const c0 = cpuNs();
  do {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      extract(t.text);
      ns += process.hrtime.bigint() - t0;
      words += t.words;
      calls++;
    }
  } while (Number(ns) < seconds * 1e9);
  return { words, calls, ns: Number(ns), cpu: cpuNs() - c0 };
}

function main() {
  const [seconds, bigFile, ...files] = process.argv.slice(2);
  const load = (f) => {
    const text = fs.readFileSync(f, 'utf8');
    return { text, words: countWords(text) };
  };
  const texts = files.map(load);
  const version = require(path.join(__dirname, 'peers', 'node_modules', 'compromise',
                                    'package.json')).version;
  console.log(`peer.version ${version}`);
  const a = run(texts, Number(seconds));
  console.log(`peer.articles.words ${a.words}`);
  console.log(`peer.articles.calls ${a.calls}`);
  console.log(`peer.articles.wps ${Math.round(a.words * 1e9 / a.ns)}`);
  console.log(`peer.articles.cpu_wps ${Math.round(a.words * 1e9 / a.cpu)}`);
  if (bigFile) {
    const big = load(bigFile);
    const c0 = cpuNs();
    const t0 = process.hrtime.bigint();
    extract(big.text);
    const ns = Number(process.hrtime.bigint() - t0);
    const cpu = cpuNs() - c0;
    console.log(`peer.big.words ${big.words}`);
    console.log(`peer.big.ms ${(ns / 1e6).toFixed(1)}`);
    console.log(`peer.big.wps ${Math.round(big.words * 1e9 / ns)}`);
    console.log(`peer.big.cpu_ms ${(cpu / 1e6).toFixed(1)}`);
    console.log(`peer.big.cpu_wps ${Math.round(big.words * 1e9 / cpu)}`);
  }
  console.log(`peer.rss_kb ${Math.round(process.resourceUsage().maxRSS)}`);
}

main();
