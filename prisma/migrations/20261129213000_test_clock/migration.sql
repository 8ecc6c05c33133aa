-- The shared test clock (CLOCK_START only): how far POST /v1/clock/advance
-- has moved the service clock beyond each instance's own clock, in
-- milliseconds. One row; every instance on this database reads it, so all of
-- them show the same time. It only ever grows (never backwards).
CREATE TABLE "test_clock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offset_ms" BIGINT NOT NULL DEFAULT 0,
    "advanced_at" TIMESTAMPTZ(3),
    CONSTRAINT "test_clock_pkey" PRIMARY KEY ("id")
);

INSERT INTO "test_clock" ("id", "offset_ms") VALUES (1, 0);
