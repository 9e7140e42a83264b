#!/usr/bin/env node
// Syntax-check Cypher files with Neo4j's official parser (@neo4j-cypher/language-support).
// Usage: node tools/cypher-lint/lint.js cypher/*.cypher
// Prints one line per problem, `file:line:col: error|warning: message`, and exits 1 if any
// file has an error (warnings, e.g. deprecations, are printed but do not fail).
// "Parameter $x is not defined" is not a problem: parameters are supplied at run time.
'use strict';
const fs = require('node:fs');

let lib;
try {
  lib = require('@neo4j-cypher/language-support');
} catch (e) {
  console.error('cypher-lint: @neo4j-cypher/language-support is not installed; run `npm install` in tools/cypher-lint');
  process.exit(2);
}
const { lintCypherQuery, isNotParamError } = lib;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint.js FILE.cypher ...');
  process.exit(2);
}

let errors = 0;
for (const file of files) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    errors += 1;
    continue;
  }
  if (!/\S/.test(text.replace(/\/\/.*$/gm, ''))) {
    console.error(`${file}:1:1: error: no Cypher statement in file`);
    errors += 1;
    continue;
  }
  const { diagnostics } = lintCypherQuery(text, {});
  for (const d of diagnostics.filter(isNotParamError)) {
    const level = d.severity === 1 ? 'error' : 'warning';
    if (level === 'error') errors += 1;
    const { line, character } = d.range.start;
    console.log(`${file}:${line + 1}:${character + 1}: ${level}: ${d.message}`);
  }
}
console.log(`cypher-lint: ${files.length} file(s), ${errors} error(s)`);
process.exit(errors ? 1 : 0);
