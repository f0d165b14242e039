// Reads BibTeX from standard input with Better BibTeX's parser (the one
// Zotero's Better BibTeX imports with: a reader the project did not write),
// as it parses by default, and prints what it read as JSON: the parser's
// errors, and each entry's type, key and fields (a name list as its names).
// Usage: node tests/readers/bibtex.mjs < FILE.bib
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';

const library = parse(readFileSync(0, 'utf8'));
const names = (list) => list.map((n) => n.name ?? [n.firstName, n.lastName].filter(Boolean).join(' '));
const entries = library.entries.map((e) => ({
  type: e.type,
  key: e.key,
  fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) =>
    [k, Array.isArray(v) ? (k === 'author' ? names(v) : v) : v])),
}));
process.stdout.write(JSON.stringify({ errors: library.errors, entries }));
