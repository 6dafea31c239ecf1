import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { SpbeError } from '@spbe-kit/models';
import { IndexInputError } from '../errors/index-input-error.js';
import { computeIndex } from './compute-index.js';
import { runsCodeWhenRead } from './runs-code-when-read.js';
import type * as levelsModule from './compute-from-levels.js';

const levels = Object.fromEntries(Array.from({ length: 47 }, (_, index) => [index + 1, 3]));

describe('a failure while reading the input keeps its cause; a bug is never reported as bad input', () => {
  it('wraps the exception of a throwing getter, keeping it as cause', () => {
    const broken = new RangeError('the getter refused');
    const input = {
      methodology: 'spbe-2020',
      get levels(): never {
        throw broken;
      },
    };
    let caught: unknown;
    try {
      computeIndex(input as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toSatisfy(IndexInputError.isInstance);
    expect((caught as IndexInputError).code).toBe('indicators.input_invalid');
    expect((caught as IndexInputError).issues[0]?.code).toBe('indicators.unreadable');
    expect((caught as IndexInputError).cause).toBe(broken);
  });

  it('rethrows an exception of its own code unchanged when the input is plain data', async () => {
    vi.resetModules();
    vi.doMock('./compute-from-levels.js', async (importOriginal) => ({
      ...(await importOriginal<typeof levelsModule>()),
      readLevels: () => {
        throw new TypeError('a bug in the engine');
      },
    }));
    const { computeIndex: computeWithBug } = await import('./compute-index.js');
    let caught: unknown;
    try {
      computeWithBug({ methodology: 'spbe-2020', levels });
    } catch (error) {
      caught = error;
    }
    vi.doUnmock('./compute-from-levels.js');
    expect(caught).toBeInstanceOf(TypeError);
    expect(SpbeError.isInstance(caught)).toBe(false);
    expect((caught as Error).message).toBe('a bug in the engine');
  });

  it('tells plain data from input that runs code when read', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(runsCodeWhenRead(value)).toBe(false);
      }),
    );
    expect(runsCodeWhenRead(new Map([[1, { a: [1, 2] }]]))).toBe(false);
    expect(runsCodeWhenRead(Object.create(null))).toBe(false);
    expect(
      runsCodeWhenRead({
        a: {
          get b() {
            return 1;
          },
        },
      }),
    ).toBe(true);
    expect(
      runsCodeWhenRead(
        new Proxy(
          { a: 1 },
          {
            get: () => {
              throw new Error('no');
            },
          },
        ),
      ),
    ).toBe(true);
    expect(runsCodeWhenRead(new (class extends Map {})())).toBe(true);
    expect(runsCodeWhenRead([(function* () {})()])).toBe(true);
    expect(runsCodeWhenRead({ f: () => 1 })).toBe(true);
  });
});
