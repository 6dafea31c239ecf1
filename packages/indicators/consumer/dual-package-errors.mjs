// An application that loads one spbe-kit package through `require` (its CommonJS build) and another
// through `import` (its ESM build) holds two copies of every error class. `instanceof` fails across
// them; `isInstance` must not.
import process from 'node:process';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { IdentifierError, SpbeError, ValidationError, parseNik } from '@spbe-kit/models';
import { IndexInputError, IndicatorsError } from '@spbe-kit/indicators';

const require = createRequire(import.meta.url);
assert.match(require.resolve('@spbe-kit/indicators'), /dist[/\\]index\.cjs$/);
const indicatorsCommonJs = require('@spbe-kit/indicators');
const modelsCommonJs = require('@spbe-kit/models');
assert.notEqual(modelsCommonJs.SpbeError, SpbeError, 'the CommonJS and ESM builds are two copies');

// Thrown by the CommonJS build of indicators (its SpbeError is the CommonJS copy of models),
// recognised by the ESM build of models and indicators.
let fromCommonJs;
try {
  indicatorsCommonJs.computeIndex({ methodology: 'spbe-2020', levels: { 1: 9 } });
} catch (error) {
  fromCommonJs = error;
}
assert.ok(fromCommonJs, 'computeIndex threw');
assert.equal(fromCommonJs instanceof SpbeError, false, 'instanceof fails across the two copies');
assert.equal(fromCommonJs instanceof IndexInputError, false);
assert.equal(SpbeError.isInstance(fromCommonJs), true);
assert.equal(IndicatorsError.isInstance(fromCommonJs), true);
assert.equal(IndexInputError.isInstance(fromCommonJs), true);
assert.equal(ValidationError.isInstance(fromCommonJs), false, 'a sibling class is not recognised');
assert.equal(fromCommonJs.code, 'indicators.input_invalid');

// And the other way round: an ESM error recognised by the CommonJS builds.
let fromEsm;
try {
  parseNik('6471010000000000');
} catch (error) {
  fromEsm = error;
}
assert.equal(fromEsm instanceof modelsCommonJs.SpbeError, false);
assert.equal(modelsCommonJs.SpbeError.isInstance(fromEsm), true);
assert.equal(modelsCommonJs.IdentifierError.isInstance(fromEsm), true);
assert.equal(IdentifierError.isInstance(fromEsm), true);
assert.equal(indicatorsCommonJs.IndicatorsError.isInstance(fromEsm), false);
assert.equal(SpbeError.isInstance(new TypeError('a bug')), false);
assert.equal(SpbeError.isInstance(null), false);

process.stdout.write('  errors recognised across the CommonJS and ESM builds with isInstance: ok\n');
