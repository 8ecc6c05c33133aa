import { defineConfig } from 'prisma/config';

// The service applies migrations itself (src/db/migrate.ts); this file lets
// `prisma migrate status|deploy` work on the same folder where Prisma's
// engine can be downloaded.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
