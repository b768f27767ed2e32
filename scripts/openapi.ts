/**
 * `npm run openapi`: write public/openapi.json from the endpoint catalogue (src/api/endpoints).
 * `npm run openapi -- --check` (run by `npm run lint`): fail when the committed file is not
 * what the catalogue gives, so the document cannot fall behind the contract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../src/api/openapi/document';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../public/openapi.json');
const text = serializeOpenApiDocument(buildOpenApiDocument());

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== text) {
    console.error(
      'public/openapi.json is out of date with the endpoint catalogue (src/api/endpoints, src/api/schemas).\nRun `npm run openapi` and commit public/openapi.json.',
    );
    process.exit(1);
  }
  console.log('public/openapi.json is current.');
} else {
  writeFileSync(file, text);
  console.log(`Wrote public/openapi.json (${Math.round(text.length / 1024)} KB).`);
}
