import { analyze } from '../src/core/index.js'
import { readDocument } from '../src/core/text/document.js'
for (const t of process.argv.slice(2)) { const r = analyze(t); console.log(r.flags, r.findings.map((f) => `${f.rule}:${t.slice(...f.span)}`)); console.log(readDocument(t).tokens.map((x) => `${x.value}/${x.pos}`).join(' ')) }
