// ESLint rule: a file imports another workspace (core/, api/, pwa/) only by its package name
// (`@sociale-kaart/core`), never by a relative path such as `../../api/src/…`. Package names keep
// each workspace's public surface explicit and let the core build and version on its own.
import { dirname, relative, resolve, sep } from 'node:path';

const WORKSPACES = { core: '@sociale-kaart/core', api: '@sociale-kaart/api', pwa: '@sociale-kaart/pwa' };
const repoRoot = dirname(new URL(import.meta.url).pathname).replace(/[/\\]eslint-rules$/, '');

/** The workspace folder a path lies in, or null outside the workspaces. */
function workspaceOf(path) {
  const [first] = relative(repoRoot, path).split(sep);
  return Object.hasOwn(WORKSPACES, first) ? first : null;
}

export const noCrossWorkspaceImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another workspace through its package name, not a relative path.' },
    schema: [],
    messages: { crossWorkspace: "'{{source}}' reaches into {{target}}/ from {{from}}/: import {{name}} instead." },
  },
  create(context) {
    const from = workspaceOf(context.filename);
    const check = (node) => {
      const source = node?.type === 'Literal' ? node.value : null;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = workspaceOf(resolve(dirname(context.filename), source));
      if (target === from || (target === null && from === null)) return;
      const name = target ? WORKSPACES[target] : 'a package';
      context.report({ node, messageId: 'crossWorkspace', data: { source, target: target ?? 'outside', from: from ?? 'the root', name } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
