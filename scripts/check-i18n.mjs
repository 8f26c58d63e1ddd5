// Fails when a msg() call in src/ has no explicit id, or when an id has no German string
// (src/i18n/de/*.ts), or when a German string belongs to no msg() call any more.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function parse(path) {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

function visit(node, fn) {
  fn(node);
  ts.forEachChild(node, (child) => visit(child, fn));
}

const problems = [];
const used = new Map();
for (const path of filesUnder('src').filter((p) => !p.startsWith(join('src', 'i18n', 'de')))) {
  const file = parse(path);
  visit(file, (node) => {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'msg') return;
    const where = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const options = node.arguments[1];
    const idProp = options && ts.isObjectLiteralExpression(options)
      ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'id')
      : undefined;
    if (!idProp || !ts.isStringLiteralLike(idProp.initializer)) {
      problems.push(`${where}: msg() without a literal { id: '...' }`);
      return;
    }
    used.set(idProp.initializer.text, where);
  });
}

const german = new Map();
for (const path of filesUnder(join('src', 'i18n', 'de'))) {
  visit(parse(path), (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates' &&
        node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) {
        const key = p.name && (ts.isStringLiteralLike(p.name) || ts.isIdentifier(p.name)) ? p.name.text : undefined;
        if (key === undefined) continue;
        if (german.has(key)) problems.push(`${path}: '${key}' is translated twice (also in ${german.get(key)})`);
        german.set(key, path);
      }
    }
  });
}

for (const [id, where] of used) if (!german.has(id)) problems.push(`${where}: no German string for '${id}'`);
for (const [id, path] of german) if (!used.has(id)) problems.push(`${path}: '${id}' is translated but never used`);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} i18n problem(s)`);
  process.exit(1);
}
console.log(`i18n: ${used.size} strings, all with German translations`);
