// `npm run openapi --workspace api`: writes the OpenAPI document that the PWA's types are generated from.
import { writeFile } from 'node:fs/promises';
import { fromRepoRoot } from '../config/paths.js';
import { generateOpenApiDocument, OPENAPI_FILE, serializeOpenApi } from '../openapi.js';

const document = await generateOpenApiDocument();
await writeFile(fromRepoRoot(OPENAPI_FILE), serializeOpenApi(document));
console.log(`wrote ${OPENAPI_FILE} (${Object.keys(document.paths).length} paths)`);
