import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

/** Hostile input may only ever produce a 4xx answer with the API's error shape — never a 5xx. */
describe('hostile input (property tests on PGlite)', () => {
  let portal: TestPortal;
  let operator: TestAgent;
  let draftId: string;
  beforeAll(async () => {
    portal = await createTestPortal('pglite', { LOGIN_MAX_FAILURES: '100' });
    operator = await portal.login('operator.balikpapan');
    const list = await operator.json<{ assessments: { id: string; year: number }[] }>(
      'GET',
      '/api/agencies/64.71/assessments',
    );
    draftId = list.body.assessments.find((item) => item.year === 2026)!.id;
  });
  afterAll(async () => portal?.close());

  const expectClientError = async (response: Response) => {
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) {
      const body = (await response.json()) as { error: { code: string; messages: { id: string; en: string } } };
      expect(typeof body.error.code).toBe('string');
    }
  };

  it('answers arbitrary JSON bodies on the write routes with 2xx/4xx only', async () => {
    const routes = [
      ['POST', '/api/auth/login'],
      ['PUT', `/api/agencies/64.71/assessments/${draftId}/indicators/3/self-assessment`],
      ['POST', '/api/agencies/64.71/inventories/application'],
      ['POST', '/api/agencies/64.71/inventories/dataset/import'],
      ['PUT', '/api/agencies/64.71/plan-costs'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 3 }), async ([method, url], body) => {
        await expectClientError(await operator.request(method, url, body));
      }),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary CSV on the import route with 2xx/4xx only', async () => {
    const header = 'id;name;type;raaCode;owner.name;hosting;licence.kind;lifecycle;splpIntegration;serviceIds[]';
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (lines, withHeader) => {
          const csv = (withHeader ? [header, ...lines] : lines).join('\n');
          await expectClientError(
            await operator.request('POST', '/api/agencies/64.71/inventories/application/import', { csv }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers a malformed percent-encoding with 400 on every kind of path, never 500', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      for (const url of [
        '/%E0%A4%A',
        '/assessments/%E0%A4%A',
        '/api/%E0%A4%A',
        '/api/agencies/%E0%A4%A/datasets',
        '/api/public/v1/regions/%E0%A4%A/index-summary',
        '/api/agencies/64.71/assessments/%C0%AF',
        '/%ZZ',
      ]) {
        const response = await operator.request('GET', url);
        expect(response.status, url).toBe(400);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request.malformed_url');
      }
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });

  it('answers arbitrary path segments with 4xx only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (segment) => {
        const encoded = encodeURIComponent(segment);
        await expectClientError(await operator.request('GET', `/api/agencies/64.71/assessments/${encoded}`));
        await expectClientError(await operator.request('GET', `/api/public/v1/regions/${encoded}/index-summary`));
      }),
      { numRuns: 150 },
    );
  });
});
