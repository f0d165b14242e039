// The shared corpus of broken and valid files (tests/corpus/cases.json), read
// by the JSON Schema here with Ajv and by the Rust validator in tests/corpus.rs.
// A case marked "rejects" must fail the schema as it fails the validator; one
// marked "cannot see" is a rule that spans records, which a JSON Schema cannot
// state: it must pass the schema (if the schema learns the rule, mark the case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const schema = read('data/iop-ensamkommande.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const corpus = read('tests/corpus/cases.json');
const bases = { bundled: 'data/iop-ensamkommande.json', second: 'tests/data/test-partnership.json' };

const at = (doc, pointer) =>
  pointer.split('/').slice(1).reduce((node, key) => {
    assert.ok(node !== undefined && key in Object(node), `no ${pointer}`);
    return node[key];
  }, doc);
const parent = (pointer) => [pointer.slice(0, pointer.lastIndexOf('/')), pointer.slice(pointer.lastIndexOf('/') + 1)];

function document(c) {
  const doc = read(bases[c.base]);
  for (const change of c.changes) {
    if ('set' in change) {
      const [p, key] = parent(change.set);
      at(doc, p)[key] = structuredClone(change.to);
    } else if ('remove' in change) {
      const [p, key] = parent(change.remove);
      assert.ok(key in at(doc, p), `nothing at ${change.remove}`);
      delete at(doc, p)[key];
    } else if ('append' in change) {
      at(doc, change.append).push(structuredClone(change.value));
    } else {
      assert.fail(`unknown change ${JSON.stringify(change)}`);
    }
  }
  return doc;
}

const errors = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('every valid case passes the schema', () => {
  for (const c of corpus.valid) assert.deepEqual(errors(document(c)), [], c.name);
});

test('each broken case fails the schema exactly when the schema can state its rule', () => {
  assert.ok(corpus.broken.length >= 40);
  for (const c of corpus.broken) {
    assert.ok(['rejects', 'cannot see'].includes(c.schema), c.name);
    const found = errors(document(c));
    if (c.schema === 'rejects') assert.notDeepEqual(found, [], `${c.name}: the schema accepts it`);
    else assert.deepEqual(found, [], `${c.name}: the schema now sees it; mark the case "rejects"`);
  }
});
