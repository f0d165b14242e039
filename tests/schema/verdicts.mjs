// The JSON Schema's verdict on each dataset given on stdin (a JSON array), for
// tests/generated.rs: one list per dataset of the JSON Pointers at which Ajv
// reports a problem (empty when the schema accepts the file). Not a test file
// of its own (node --test runs *.test.mjs); the Rust property test calls it with
// the datasets its generator made, so the schema and the validator are held to
// the same generated cases.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../data/iop-ensamkommande.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const docs = JSON.parse(readFileSync(0, 'utf8'));
const verdicts = docs.map((doc) => (validate(doc) ? [] : validate.errors.map((e) => e.instancePath)));
process.stdout.write(JSON.stringify(verdicts));
