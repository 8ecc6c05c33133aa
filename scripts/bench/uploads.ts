// The upload part of `npm run bench` (README, "Benchmark"): applications with
// two large PDFs each, sent as multipart forms by several clients at once,
// while the service's RSS is sampled. What it shows is that the service
// streams the files to the document store instead of holding them: its memory
// grows by much less than the bytes in flight.
import { randomUUID } from 'node:crypto';
import { largePdf } from '../../test/fixtures/pdf.js';
import { apiClient, day, openProcedure } from './seed.js';

export interface UploadsResult {
  applications: number;
  /** Bytes of each PDF. */
  pdfBytes: number;
  concurrency: number;
  created: number;
  failures: string[];
  /** Answers of 503 (load shed) that were sent again. */
  shed: number;
  seconds: number;
  /** Of the created ones. */
  p50: number;
  p99: number;
  /** The highest RSS sampled while the uploads ran. */
  peakRss: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * Sends `applications` applications through the open call of a new procedure
 * (its application window open), `concurrency` at a time, each a form with
 * the candidate's fields and two PDFs of `pdfBytes` (random data, as a scan
 * is: nothing for a compressor to shrink); samples `rss()` every 20 ms.
 */
export async function measureUploads(
  apiUrl: string,
  adminKey: string,
  rss: () => Promise<number>,
  options: { applications: number; pdfBytes: number; concurrency: number },
): Promise<UploadsResult> {
  const admin = apiClient(apiUrl, adminKey);
  const client = await admin('POST', '/v1/clients', { name: 'Bench uploads client' });
  const procedureId = await openProcedure(admin, client.id, 'Director (uploads)', {
    opening: day(-5),
    closing: day(20),
    preselectionStart: day(21),
    preselectionEnd: day(25),
    overviewDue: day(26),
    committeeMeeting: day(28),
    interviewRoundStart: day(31),
    interviewRoundEnd: day(35),
    appointmentDeadline: day(50),
  });
  const [motivation, cv] = [await largePdf(options.pdfBytes), await largePdf(options.pdfBytes)];

  let peakRss = await rss();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakRss = Math.max(peakRss, await rss());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();

  const durations: number[] = [];
  const failures: string[] = [];
  let shed = 0;
  const send = async (i: number): Promise<void> => {
    const form = new FormData();
    const fields = {
      firstName: 'Bench',
      lastName: `Uploader ${i}`,
      email: `uploader.${i}.${randomUUID().slice(0, 8)}@bench.example`,
      city: 'Utrecht',
      source: 'open_call',
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('motivation', new Blob([motivation], { type: 'application/pdf' }), 'Motivation.pdf');
    form.append('cv', new Blob([cv], { type: 'application/pdf' }), 'CV.pdf');
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const res = await fetch(`${apiUrl}/v1/procedures/${procedureId}/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminKey}` },
          body: form,
        });
        const text = await res.text();
        // Shed while the machine is busy (503 with Retry-After), as a client would: sent again after a pause, and counted.
        if (res.status === 503 && attempt < 5) {
          shed++;
          await new Promise((r) => setTimeout(r, 1000));
          continue;
        }
        if (res.status === 201) durations.push(performance.now() - started);
        else failures.push(`${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        failures.push(String(error));
      }
      return;
    }
  };

  const started = performance.now();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.applications) await send(next++);
      }),
    );
  } finally {
    sampling = false;
    await sampler.catch(() => undefined);
  }
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return {
    ...options,
    created: durations.length,
    failures,
    shed,
    seconds,
    p50: percentile(durations, 50),
    p99: percentile(durations, 99),
    peakRss,
  };
}
