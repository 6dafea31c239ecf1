import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation/validation-error.js';
import { type Inventory, validateInventory } from './inventory.js';

const [balikpapan] = (
  JSON.parse(readFileSync(new URL('../__fixtures__/schemas/inventory.json', import.meta.url), 'utf8')) as {
    valid: Inventory[];
  }
).valid as [Inventory];

describe('validateInventory', () => {
  it('accepts a consistent inventory', () => {
    expect(validateInventory(balikpapan).applications).toHaveLength(2);
  });

  it('reports every duplicate id and dangling link with its path', () => {
    const inventory = structuredClone(balikpapan);
    inventory.applications.push({ ...inventory.applications[0]!, serviceIds: ['SVC-404'] });
    inventory.services[0] = { ...inventory.services[0]!, applicationIds: ['APP-404'] };
    try {
      validateInventory(inventory, { locale: 'en' });
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(ValidationError.isInstance);
      expect((error as ValidationError).issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        ['inventory.duplicate_id', 'applications.2.id'],
        ['inventory.dangling_link', 'applications.2.serviceIds.0'],
        ['inventory.dangling_link', 'services.0.applicationIds.0'],
      ]);
      expect((error as ValidationError).message).toContain('applications[2].serviceIds[0]: No service with id SVC-404');
    }
  });

  it('only ever throws ValidationError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => validateInventory(input)).toThrow(expect.toSatisfy(ValidationError.isInstance));
      }),
      { numRuns: 100 },
    );
  });
});
