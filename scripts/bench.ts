// npm run bench [-- --seconds 8 --only platform,...]
// Starts the API on a fresh database (embedded, or on DATABASE_URL's server)
// and prints throughput and latency figures. Not a test: it only measures.
import { parseArgs } from 'node:util';
import { benchDatabase, startApi } from './bench/harness.js';
import { benchPlatform } from './bench/platform.js';
import { benchIntake } from './bench/intake.js';
import { benchTransitions } from './bench/transitions.js';
import { benchDeadlines, benchSweep } from './bench/sweep.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' }, only: { type: 'string' } } });
const seconds = Number(values.seconds);
const only = values.only ? new Set(values.only.split(',')) : null;
const wanted = (name: string) => !only || only.has(name);

const database = await benchDatabase();
const api = await startApi(database.url);
console.log(`# Procedure Tracker benchmark (${new Date().toISOString()}, ${seconds} s per load, node ${process.version})`);
try {
  if (wanted('platform')) await benchPlatform(api, database.url, seconds);
  if (wanted('intake')) await benchIntake(database.url, seconds);
  if (wanted('transitions')) await benchTransitions(api, seconds);
} finally {
  await api.close();
  await database.close();
}

// The sweep and the deadline list on a database of their own, filled with
// 10,000 procedures (the intake part above leaves 101,000 candidates behind).
if (wanted('sweep') || wanted('deadlines')) {
  const lifecycleDb = await benchDatabase();
  const lifecycleApi = await startApi(lifecycleDb.url);
  try {
    await benchSweep(lifecycleDb.url);
    if (wanted('deadlines')) await benchDeadlines(lifecycleApi, seconds);
  } finally {
    await lifecycleApi.close();
    await lifecycleDb.close();
  }
}
