// ninjs validation with ajv against the IPTC JSON Schemas as published (read from the shared corpus,
// never fetched). Drafts differ by version: 1.0 is draft-03 (converted to draft-04 here, ajv has no
// draft-03), 1.1-1.4 and 2.0 draft-04, 1.5-1.6 draft-07, 2.1+ draft 2020-12. Formats are
// annotations, not assertions, as in the IPTC test suite (which passes "bad" date-times).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import { ErrorCode, NewswireError } from '@newswire/contracts';

// A CommonJS module: its class is on `.default` whichever way Node and TypeScript resolve it.
const AjvDraft04 = AjvDraft04Module.default;

/** Extension properties this project adds to ninjs 2.x documents (the IPTC extension pattern). */
export const NINJS_QUOTES_PROPERTY = 'nw_quotes';

const SCHEMA_FILES: Readonly<Record<string, string>> = {
  '1.0': 'ninjs-schema_1.0.json',
  '1.1': 'ninjs-schema_1.1.json',
  '1.2': 'ninjs-schema_1.2.json',
  '1.3': 'ninjs-schema_1.3.json',
  '1.4': 'ninjs-schema_1.4.json',
  '1.5': 'ninjs-schema_1.5.json',
  '1.6': 'ninjs-schema_1.6.json',
  '2.0': 'ninjs-schema_2.0.json',
  '2.1': 'ninjs-schema_2.1.json',
  '2.2': 'ninjs-schema_2.2.json',
  '3.0': 'ninjs-schema_3.0.json',
  '3.1': 'ninjs-schema_3.1.json',
  '1.x_dev': 'ninjs-schema-dev_0.2_v1.5.json',
  '2.x_dev': 'ninjs-schema-dev_0.1_v2.1.json',
};
export const ninjsSchemaVersions = Object.keys(SCHEMA_FILES);

/** Where the published schemas are: $NEWSWIRE_NINJS_SCHEMA_DIR, else the shared corpus copy. */
export const ninjsSchemaDir = (): string => {
  const env = process.env['NEWSWIRE_NINJS_SCHEMA_DIR'];
  if (env) return env;
  const corpus =
    process.env['NEWSWIRE_CORPUS_DIR'] ?? path.resolve(import.meta.dirname, '../../../../shared/corpus');
  return path.join(corpus, 'iptc-ninjs', 'specification');
};

const readJson = (file: string): AnySchemaObject => {
  if (!existsSync(file)) {
    throw new NewswireError(
      ErrorCode.Internal,
      `ninjs schema not found at ${file} (set NEWSWIRE_NINJS_SCHEMA_DIR)`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as AnySchemaObject;
};

/** draft-03 -> draft-04: boolean `required` on properties becomes the parent's `required` list. */
const fromDraft03 = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(fromDraft03);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'required' && typeof v === 'boolean') continue;
    if (k === '$schema') continue;
    out[k] = fromDraft03(v);
  }
  const props = (node as Record<string, unknown>)['properties'];
  if (typeof props === 'object' && props !== null) {
    const req = Object.entries(props)
      .filter(
        ([, p]) => typeof p === 'object' && p !== null && (p as Record<string, unknown>)['required'] === true,
      )
      .map(([name]) => name);
    if (req.length > 0) out['required'] = req;
  }
  return out;
};

const geoJson = (): AnySchemaObject | null => {
  const file = path.resolve(ninjsSchemaDir(), '../validation/test_suite/GeoJSON-schema.json');
  if (!existsSync(file)) return null;
  const s = readJson(file);
  delete s['$schema'];
  return s;
};

const cache = new Map<string, ValidateFunction>();

const compile = (version: string, withExtension: boolean): ValidateFunction => {
  const key = `${version}${withExtension ? '+ext' : ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = SCHEMA_FILES[version];
  if (!file) {
    throw new NewswireError(
      ErrorCode.InvalidMessage,
      `unknown ninjs schema version "${version}"; known: ${ninjsSchemaVersions.join(', ')}`,
    );
  }
  let schema = readJson(path.join(ninjsSchemaDir(), file));
  const draft = String(schema['$schema'] ?? '');
  const opts = { strict: false, allErrors: true, validateFormats: false, validateSchema: false } as const;
  const ajv = draft.includes('2020-12')
    ? new Ajv2020(opts)
    : draft.includes('draft-04') || draft.includes('draft-03')
      ? new AjvDraft04(opts)
      : new Ajv(opts);
  if (draft.includes('draft-03')) schema = fromDraft03(schema) as AnySchemaObject;
  const geo = geoJson();
  if (geo && JSON.stringify(schema).includes('geojson.org'))
    ajv.addSchema(geo, 'https://geojson.org/schema/GeoJSON.json');
  let validate: ValidateFunction;
  if (withExtension && draft.includes('2020-12')) {
    // The IPTC extension pattern: all of ninjsType plus our own properties, nothing else.
    ajv.addSchema(schema);
    const id = String(schema['$id'] ?? '').replace(/#$/u, '');
    validate = ajv.compile({
      $id: 'https://newswire.invalid/ninjs-extension',
      type: 'object',
      allOf: [{ $ref: `${id}#/$defs/ninjsType` }],
      properties: { [NINJS_QUOTES_PROPERTY]: { type: 'array', items: { type: 'object' } } },
      required: ['uri'],
      unevaluatedProperties: false,
    });
  } else {
    validate = ajv.compile(schema);
  }
  cache.set(key, validate);
  return validate;
};

/** Validates a ninjs document against the IPTC schema of `schemaVersion` (default '2.1'). A 2.x/3.x
 * document carrying this project's extension property is checked against ninjsType plus it. */
export const validateNinjs = (doc: unknown, schemaVersion = '2.1'): { valid: boolean; errors: string[] } => {
  const ext = typeof doc === 'object' && doc !== null && NINJS_QUOTES_PROPERTY in doc;
  const validate = compile(schemaVersion, ext);
  const valid = validate(doc);
  const errors = (validate.errors ?? []).map(
    (e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  );
  return { valid: valid === true, errors };
};
