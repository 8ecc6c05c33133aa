import { generateApplications } from '../generate-applications.js';
import { largePdf } from '../../test/fixtures/pdf.js';
import { ipoProcedure, ipoTimeline } from '../demo-data.js';
import { load, printTable } from './harness.js';
import { startServiceProcess } from './service-process.js';

async function api(url: string, key: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json!;
}

async function openProcedure(url: string, key: string, clientId: string, reference: string) {
  const p = await api(url, key, 'POST', '/v1/procedures', { ...ipoProcedure, reference, clientId });
  const t = await api(url, key, 'PUT', `/v1/procedures/${p.id}/timeline`, ipoTimeline);
  await api(url, key, 'PATCH', `/v1/procedures/${p.id}`, { phase: 'open' }, { 'if-match': `"${t.version}"` });
  return p.id as string;
}

/**
 * The intake benchmark (README, "Benchmark"): listing applications of a procedure with 1,000 and with 100,000
 * applications (pagination must not slow down as procedures grow), and
 * uploading applications with two 5 MB PDFs, 20 at a time, with the
 * service's peak memory.
 */
export async function benchIntake(databaseUrl: string, seconds: number) {
  // The service runs as its own process on the procedure's open period.
  const service = await startServiceProcess(databaseUrl, { CLOCK_START: '2025-12-22T10:00:00+01:00' });
  try {
    const { url, adminKey: key } = service;
    const client = await api(url, key, 'POST', '/v1/clients', { name: 'Bench intake client' });
    const small = await openProcedure(url, key, client.id as string, 'BENCH-1K');
    const large = await openProcedure(url, key, client.id as string, 'BENCH-100K');
    const t0 = Date.now();
    await generateApplications({ databaseUrl, procedureId: small, count: 1_000 });
    await generateApplications({ databaseUrl, procedureId: large, count: 100_000 });
    console.log(`\n(generated 101,000 applications in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    // A cursor 90 % deep into the large procedure.
    let cursor: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page: Record<string, unknown> = await api(url, key, 'GET', `/v1/procedures/${large}/applications?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      cursor = page.nextCursor as string;
    }
    const auth = { authorization: `Bearer ${key}` };
    const rows = [
      await load('list 1,000: first page (25)', `${url}/v1/procedures/${small}/applications?limit=25`, { headers: auth, duration: seconds }),
      await load('list 100,000: first page (25)', `${url}/v1/procedures/${large}/applications?limit=25`, { headers: auth, duration: seconds }),
      await load('list 100,000: a later page (25)', `${url}/v1/procedures/${large}/applications?limit=25&cursor=${cursor}`, {
        headers: auth,
        duration: seconds,
      }),
    ];
    console.log('\n## Intake: listing applications (target: 100,000 within 1.5 x of 1,000)\n');
    printTable(rows);
    console.log(`\np50 ratio 100,000 / 1,000 = ${(rows[1]!.p50 / rows[0]!.p50).toFixed(2)}; p99 ratio = ${(rows[1]!.p99 / rows[0]!.p99).toFixed(2)}`);

  } finally {
    await service.stop();
  }
  await benchUploads(databaseUrl);
}

/** Uploads on a fresh service process, so that "idle" is the service at rest, not after other loads. */
async function benchUploads(databaseUrl: string) {
  const service = await startServiceProcess(databaseUrl, { CLOCK_START: '2025-12-22T10:00:00+01:00' });
  try {
    const { url, adminKey: key } = service;
    const auth = { authorization: `Bearer ${key}` };
    const client = await api(url, key, 'POST', '/v1/clients', { name: 'Bench upload client' });
    // Two 5 MB PDFs per application, 20 at a time.
    const motivation = await largePdf(5 * 1024 * 1024);
    const cv = await largePdf(5 * 1024 * 1024);
    const uploadProcedure = await openProcedure(url, key, client.id as string, 'BENCH-UPLOADS');
    await new Promise((r) => setTimeout(r, 1000));
    const idle = await service.rssBytes();
    let peak = idle;
    const sampler = setInterval(() => {
      service.rssBytes().then((rss) => {
        peak = Math.max(peak, rss);
      }, () => undefined);
    }, 25);
    const total = 100;
    const concurrency = 20;
    let next = 0;
    const latencies: number[] = [];
    let failures = 0;
    const started = Date.now();
    async function worker() {
      while (next < total) {
        const i = next++;
        const form = new FormData();
        form.set('firstName', 'Bench');
        form.set('lastName', `Uploader ${i}`);
        form.set('email', `bench.upload.${i}.${started}@example.org`);
        form.set('source', 'open_call');
        form.set('motivation', new Blob([motivation], { type: 'application/pdf' }), 'motivation.pdf');
        form.set('cv', new Blob([cv], { type: 'application/pdf' }), 'cv.pdf');
        const t = Date.now();
        const res = await fetch(`${url}/v1/procedures/${uploadProcedure}/applications`, { method: 'POST', headers: auth, body: form });
        await res.arrayBuffer();
        latencies.push(Date.now() - t);
        if (res.status !== 201) failures++;
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (Date.now() - started) / 1000;
    clearInterval(sampler);
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    console.log('\n## Intake: uploads with two 5 MB PDFs, 20 at a time (target: peak RSS < idle + 150 MB)\n');
    console.log(`applications: ${total} (${failures} failed) in ${elapsed.toFixed(1)} s = ${(total / elapsed).toFixed(1)} per s, ${((total * (motivation.length + cv.length)) / 1024 / 1024 / elapsed).toFixed(0)} MB/s`);
    console.log(`latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`);
    console.log(`service RSS idle ${mb(idle)} MB, peak ${mb(peak)} MB, growth ${mb(peak - idle)} MB`);
  } finally {
    await service.stop();
  }
}
