// What the published package imports at run time must be among its dependencies: a host that
// installs it gets those, not the devDependencies (the emulator it ships once failed to start
// outside this repository because its multipart parser was a devDependency).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Every file under `dir` whose name ends with one of `extensions`, but tests and stories.
 * @param {string} dir
 * @param {string[]} extensions
 */
function sources(dir, extensions) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)) && !/\.(test|stories)\./.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The packages a source imports at run time (static and dynamic imports, `export … from`; not
 * `import type`), by package name: read with TypeScript's parser, so that comments, strings and
 * type-only imports cannot hide or fake one.
 * @param {string} file
 */
function importedPackages(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {import('typescript').Node | undefined} node */
  const add = (node) => {
    if (!node || !ts.isStringLiteral(node)) return;
    const specifier = node.text;
    if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('/')) return;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  };
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) add(node.moduleSpecifier);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly) add(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

test('the package ships what it says: dist (built from src) and the emulator', () => {
  assert.deepEqual([...pkg.files].sort(), ['custom-elements.json', 'dist', 'emulator']);
});

test('every package the library (src) and the emulator import at run time is a dependency', () => {
  const shipped = [...sources('src', ['.ts']), ...sources('emulator', ['.mjs', '.js'])];
  assert.ok(shipped.length > 50, `sources found: ${shipped.length}`);
  const missing = [];
  for (const file of shipped) {
    for (const name of importedPackages(file)) {
      if (!(name in pkg.dependencies)) missing.push(`${name} (${file.slice(root.length)})`);
    }
  }
  assert.deepEqual(missing, [], 'imported but not in dependencies');
});
