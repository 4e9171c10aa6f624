// Tags every article of a JSON Lines corpus with fr-compromise (the peer of tests/bench/run.sh) and prints
// "<articles> <bytes> <words> <seconds>" for the tagging alone (module load and file read excluded).
import { readFileSync } from 'node:fs';
import nlp from 'fr-compromise';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
const texts = lines.map((l) => { const a = JSON.parse(l); return `${a.title}\n\n${a.text}`; });
let bytes = 0;
for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
nlp('Le président russe a déclaré lundi que la ligne fonctionne.').json();  // warm-up: lazy lexicon unpack
const start = process.hrtime.bigint();
let words = 0;
for (const t of texts) words += nlp(t).json().reduce((n, s) => n + s.terms.length, 0);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${texts.length} ${bytes} ${words} ${seconds.toFixed(3)}`);
