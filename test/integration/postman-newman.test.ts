import path from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_START } from '../../scripts/postman/collection.js';
import { root, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';

/**
 * The shipped Postman collection, run by Newman as an integrator would run
 * it, against the real service started with CLOCK_START in the open period.
 */
const ADMIN_KEY = 'postman-run-admin-key-0123456789';
let service: ServiceProcess;

beforeAll(async () => {
  service = await startServiceProcess({ ADMIN_API_KEY: ADMIN_KEY, CLOCK_START });
}, 90_000);
afterAll(async () => service?.stop());

function run(): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: path.join(root, 'postman/procedure-tracker.postman_collection.json'),
        workingDir: path.join(root, 'postman'),
        envVar: [
          { key: 'baseUrl', value: service.url },
          { key: 'apiKey', value: ADMIN_KEY },
        ],
        reporters: [],
        timeoutRequest: 30_000,
      },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
  });
}

describe('the Postman collection, run by Newman', () => {
  it('runs green as shipped: every request answers and every assertion holds', async () => {
    const summary = await run();
    const failures = summary.run.executions.flatMap((execution) => {
      // requestError (a request that got no answer) is in Newman's summary but not in its types.
      const e = execution as typeof execution & { requestError?: Error };
      const name = e.item.name;
      const body = () => {
        try {
          return String(e.response?.stream ?? '').slice(0, 300);
        } catch {
          return '';
        }
      };
      return [
        ...(e.requestError ? [`${name}: ${e.requestError.message}`] : []),
        ...(e.assertions ?? []).filter((a) => a.error).map((a) => `${name} (${e.response?.code}): ${a.assertion}: ${a.error.message} ${body()}`),
      ];
    });
    const { requests, assertions, testScripts } = summary.run.stats;
    console.log(`newman: ${requests.total} requests, ${assertions.total} assertions, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(summary.run.failures).toEqual([]);
    expect(requests.failed).toBe(0);
    expect(testScripts.failed).toBe(0);
    expect(assertions.failed).toBe(0);
    expect(requests.total).toBeGreaterThan(70);
    // Every request carries at least one assertion.
    for (const e of summary.run.executions) expect(e.assertions?.length ?? 0, e.item.name).toBeGreaterThan(0);
  }, 180_000);
});
