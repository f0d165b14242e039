// The published JSON Schema, checked with a standard tool (Ajv, draft 2020-12) as a
// partner would: the bundled data passes it and typical mistakes fail it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('data/iop-ensamkommande.schema.json', root), 'utf8'));
const bundled = () => JSON.parse(readFileSync(new URL('data/iop-ensamkommande.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

const errorsOf = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));
const figure = (doc, id) => doc.figures.find((f) => f.id === id);

test('the bundled dataset passes the published schema', () => {
  assert.deepEqual(errorsOf(bundled()), []);
});

test('a future schema version and a version-1 file are rejected', () => {
  for (const version of [3, 1]) {
    const doc = bundled();
    doc.schema_version = version;
    assert.match(errorsOf(doc).join('\n'), /\/schema_version must be equal to constant/);
  }
});

test('a count of 1 to 4 people is rejected, the suppression marker accepted', () => {
  const doc = bundled();
  figure(doc, 'sponsor-family-matches').values[0].value = 3;
  assert.notDeepEqual(errorsOf(doc), []);
  figure(doc, 'sponsor-family-matches').values[0].value = '<5';
  assert.deepEqual(errorsOf(doc), []);
  figure(doc, 'coordinator-posts').values[0].value = 4; // posts are not people
  assert.deepEqual(errorsOf(doc), []);
});

test('percentages above 100 and fractional counts are rejected', () => {
  const doc = bundled();
  figure(doc, 'internship-share').values[0].value = 155;
  assert.notDeepEqual(errorsOf(doc), []);
  const doc2 = bundled();
  figure(doc2, 'crisis-conversations').values[0].value = 500.5;
  assert.notDeepEqual(errorsOf(doc2), []);
});

test('a missing translation, a misspelt field and a loose date are rejected', () => {
  const doc = bundled();
  delete doc.figures[0].label.en;
  assert.match(errorsOf(doc).join('\n'), /\/figures\/0\/label must have required property 'en'/);
  const doc2 = bundled();
  doc2.figures[0].values[0].sorces = doc2.figures[0].values[0].sources;
  assert.match(errorsOf(doc2).join('\n'), /must NOT have additional properties/);
  const doc3 = bundled();
  doc3.timeline[0].date = '4 maj 2017';
  assert.match(errorsOf(doc3).join('\n'), /\/timeline\/0\/date must match pattern/);
});

test('only web addresses are accepted as links', () => {
  const doc = bundled();
  doc.sources[0].url = 'javascript:alert(1)';
  assert.match(errorsOf(doc).join('\n'), /\/sources\/0\/url must match pattern/);
});

// A publisher reads the schema's descriptions in an editor (VS Code shows them
// on hover) in either language: each is the Swedish text, " — ", the English.
test('every title and description of the schema is written in Swedish and in English', () => {
  const texts = [];
  (function walk(v) {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [key, x] of Object.entries(v)) {
        if ((key === 'description' || key === 'title') && typeof x === 'string') texts.push(x);
        else walk(x);
      }
    }
  })(schema);
  assert.ok(texts.length > 30, `${texts.length} texts`);
  for (const text of texts) {
    const parts = text.split(' — ');
    assert.equal(parts.length, 2, text);
    const [sv, en] = parts.map((p) => p.trim());
    assert.ok(sv && en && sv !== en, text);
    // The Swedish half is Swedish: no English-only sentence passed off as both.
    assert.ok(/[åäöÅÄÖ]|\b(och|av|en|ett|som|för|med|i|på|är|den|det)\b/.test(sv) || sv.length < 25, `not Swedish: ${sv}`);
  }
});
