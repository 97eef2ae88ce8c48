/**
 * Every SQL statement of the job queue, in one place. The worker runs them over a
 * plain `pg` pool (a claim or a completion is one round trip, with no ORM in the hot
 * path); `enqueueJobs` runs the insert through the caller's Prisma transaction.
 *
 * Invariants the statements keep together:
 * - A RUNNING job belongs to the worker named in `lockedBy` until `lockedUntil`. Every
 *   write a worker makes to its job is fenced by `lockedBy` AND `attempts`, so a worker
 *   whose lease was reclaimed can no longer complete, fail or release the job.
 * - `dedupeKey` is cleared whenever a job leaves PENDING/RUNNING for good (SUCCEEDED,
 *   DEAD), which is what makes a plain unique index mean "unique while pending".
 * - Whatever makes a job claimable now also notifies JOB_CHANNEL; NOTIFY inside a
 *   transaction is delivered at commit, and never for a rolled-back one.
 */

/**
 * Session settings of the worker's own connections (not the app's, not handlers'), sent
 * as the startup `options` parameter, so they cost no round trip.
 * - enable_bitmapscan off: a queue table's statistics are stale right after a burst (10,000
 *   jobs land in a table the last ANALYZE saw empty); the planner then bitmap-scans every
 *   pending row and sorts them on each claim (2.6 ms at 10,000 rows) instead of walking
 *   the (status, runAt) index and stopping at the first unlocked row (0.05 ms). Every
 *   statement below is best served by a plain index scan, so nothing else suffers.
 * - synchronous_commit off: the worker's writes (claim, complete, fail, release, reap,
 *   slots) need not wait for the WAL flush. A database crash can lose only the last
 *   fraction of a second of them, and each such loss leaves the job claimable again (a
 *   lost claim is PENDING, a lost completion a RUNNING job whose lease runs out), i.e. a
 *   re-run, which at-least-once delivery and runOnce already absorb. Never a lost job:
 *   enqueues and runOnce deliveries go through the app's connections, fully durable,
 *   and their flush also makes every earlier worker write durable.
 */
import "server-only";
export const WORKER_SESSION_OPTIONS = "-c enable_bitmapscan=off -c synchronous_commit=off";

/** The LISTEN/NOTIFY channel workers wait on. Payloads are empty: a wake-up, nothing more. */
export const JOB_CHANNEL = "dumbassets_jobs";

/** Same as the column default in prisma/schema.prisma (INSERT ... SELECT cannot say DEFAULT per row). */
export const DEFAULT_MAX_ATTEMPTS = 10;

/** lastError is for people reading the admin list, not a log sink. */
export const MAX_ERROR_LENGTH = 4_000;

const JOB_COLUMNS = `id, kind, payload, attempts, "maxAttempts", "householdId", "runAt", "createdAt"`;

/**
 * $1 ids, $2 kinds, $3 payloads (JSON text), $4 runAt (ISO text or null = now),
 * $5 maxAttempts (or null), $6 dedupe keys (or null), $7 household ids (or null).
 * Returns the ids actually inserted; a row whose dedupe key is taken is skipped.
 */
export const ENQUEUE_JOBS = `
WITH input AS (
  SELECT *
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::uuid[])
    AS i(id, kind, payload, run_at, max_attempts, dedupe_key, household_id)
), inserted AS (
  INSERT INTO "Job" (id, kind, payload, "runAt", "maxAttempts", "dedupeKey", "householdId")
  SELECT id, kind, payload::jsonb, coalesce(run_at::timestamptz, now()), coalesce(max_attempts, ${DEFAULT_MAX_ATTEMPTS}),
         dedupe_key, household_id
  FROM input
  ON CONFLICT ("dedupeKey") DO NOTHING
  RETURNING id
), notified AS (
  SELECT pg_notify('${JOB_CHANNEL}', '') FROM (SELECT 1 FROM inserted LIMIT 1) AS any_inserted
)
SELECT id::text AS id, (SELECT count(*) FROM notified)::int AS notified FROM inserted`;

/** $1 dedupe keys: the live jobs holding them. */
export const FIND_BY_DEDUPE_KEYS = `
SELECT id::text AS id, "dedupeKey" AS "dedupeKey" FROM "Job" WHERE "dedupeKey" = ANY($1::text[])`;

/**
 * The claim: one statement takes up to $3 due jobs of the kinds this worker handles,
 * skipping rows another worker is claiming this instant, and leases them to $1 for $2 ms.
 * $4 kinds. NO KEY UPDATE (not UPDATE) because no key changes: it does not conflict with
 * the KEY SHARE lock a JobDelivery insert (runOnce) takes on its job.
 */
export const CLAIM_JOBS = `
UPDATE "Job"
SET status = 'RUNNING', attempts = attempts + 1, "lockedBy" = $1,
    "lockedUntil" = now() + $2::int * interval '1 millisecond'
WHERE id IN (
  SELECT id FROM "Job"
  WHERE status = 'PENDING' AND "runAt" <= now() AND kind = ANY($4::text[])
  ORDER BY "runAt"
  LIMIT $3
  FOR NO KEY UPDATE SKIP LOCKED
)
RETURNING ${JOB_COLUMNS}`;

/** How long until the next PENDING job of these kinds ($1) is due, by the database's clock. */
export const NEXT_DUE_IN_MS = `
SELECT (extract(epoch FROM min("runAt") - now()) * 1000)::float8 AS "dueInMs"
FROM "Job" WHERE status = 'PENDING' AND kind = ANY($1::text[])`;

/** $1 ids, $2 the attempt each was claimed for, $3 worker id. */
export const COMPLETE_JOBS = `
UPDATE "Job" AS j
SET status = 'SUCCEEDED', "finishedAt" = now(), "lockedBy" = NULL, "lockedUntil" = NULL, "dedupeKey" = NULL
FROM unnest($1::uuid[], $2::int[]) AS c(id, attempts)
WHERE j.id = c.id AND j.attempts = c.attempts AND j."lockedBy" = $3 AND j.status = 'RUNNING'`;

/**
 * $1 id, $2 attempt, $3 worker id, $4 error text, $5 retry delay in ms, $6 permanent.
 * A job out of attempts (or failed permanently) is DEAD and keeps its last error.
 */
export const FAIL_JOB = `
UPDATE "Job"
SET status = CASE WHEN $6::boolean OR attempts >= "maxAttempts" THEN 'DEAD' ELSE 'PENDING' END::"JobStatus",
    "runAt" = CASE WHEN $6::boolean OR attempts >= "maxAttempts" THEN "runAt"
                   ELSE now() + $5::int * interval '1 millisecond' END,
    "finishedAt" = CASE WHEN $6::boolean OR attempts >= "maxAttempts" THEN now() END,
    "dedupeKey" = CASE WHEN $6::boolean OR attempts >= "maxAttempts" THEN NULL ELSE "dedupeKey" END,
    "lastError" = $4, "lockedBy" = NULL, "lockedUntil" = NULL
WHERE id = $1 AND attempts = $2 AND "lockedBy" = $3 AND status = 'RUNNING'
RETURNING status::text AS status`;

/** $1 ids held by worker $2, extended by $3 ms. Ids missing from the result were lost. */
export const RENEW_LEASES = `
UPDATE "Job" SET "lockedUntil" = now() + $3::int * interval '1 millisecond'
WHERE id = ANY($1::uuid[]) AND "lockedBy" = $2 AND status = 'RUNNING'
RETURNING id::text AS id`;

/**
 * Gives jobs back on shutdown so another worker takes them at once. $1 ids, $2 attempts,
 * $3 started (a job never started gets its attempt back), $4 worker id.
 */
export const RELEASE_JOBS = `
WITH released AS (
  UPDATE "Job" AS j
  SET status = 'PENDING', "lockedBy" = NULL, "lockedUntil" = NULL, "runAt" = now(),
      attempts = j.attempts - CASE WHEN r.started THEN 0 ELSE 1 END
  FROM unnest($1::uuid[], $2::int[], $3::boolean[]) AS r(id, attempts, started)
  WHERE j.id = r.id AND j.attempts = r.attempts AND j."lockedBy" = $4 AND j.status = 'RUNNING'
  RETURNING j.id
)
SELECT count(*)::int AS released,
       (SELECT count(*) FROM (SELECT pg_notify('${JOB_CHANNEL}', '') FROM released LIMIT 1) AS n)::int AS notified
FROM released`;

/**
 * Crash recovery: RUNNING jobs whose lease ran out go back to PENDING (or DEAD when
 * that was their last attempt: a job that kills its worker every time must stop).
 */
export const REAP_EXPIRED_LEASES = `
WITH reaped AS (
  UPDATE "Job"
  SET status = CASE WHEN attempts >= "maxAttempts" THEN 'DEAD' ELSE 'PENDING' END::"JobStatus",
      "finishedAt" = CASE WHEN attempts >= "maxAttempts" THEN now() END,
      "dedupeKey" = CASE WHEN attempts >= "maxAttempts" THEN NULL ELSE "dedupeKey" END,
      "lastError" = 'Lease expired: the worker running this job stopped (crash, kill or lost connection).',
      "lockedBy" = NULL, "lockedUntil" = NULL
  WHERE id IN (
    SELECT id FROM "Job" WHERE status = 'RUNNING' AND "lockedUntil" < now() FOR NO KEY UPDATE SKIP LOCKED
  )
  RETURNING status
)
SELECT count(*)::int AS reaped,
       (SELECT count(*) FROM (SELECT pg_notify('${JOB_CHANNEL}', '') FROM reaped WHERE status = 'PENDING' LIMIT 1) AS n)::int
         AS notified
FROM reaped`;

/** Housekeeping: finished jobs older than $1 ms and recurring slots older than $2 ms, in bounded batches. */
export const PRUNE_FINISHED = `
WITH jobs AS (
  DELETE FROM "Job" WHERE id IN (
    SELECT id FROM "Job"
    WHERE status = 'SUCCEEDED' AND "finishedAt" < now() - $1::int8 * interval '1 millisecond'
    LIMIT 5000
  ) RETURNING 1
), slots AS (
  DELETE FROM "RecurringJobSlot" WHERE "slotStart" < now() - $2::int8 * interval '1 millisecond' RETURNING 1
)
SELECT (SELECT count(*) FROM jobs)::int AS jobs, (SELECT count(*) FROM slots)::int AS slots`;

/**
 * One recurring slot, one job, one statement: the slot's primary key lets exactly one
 * of any number of workers insert it, and only that insert enqueues the job.
 * $1 name, $2 slot start, $3 job id, $4 kind, $5 payload JSON, $6 maxAttempts.
 */
export const ENQUEUE_RECURRING_SLOT = `
WITH slot AS (
  INSERT INTO "RecurringJobSlot" (name, "slotStart", "jobId") VALUES ($1, $2::timestamptz, $3::uuid)
  ON CONFLICT (name, "slotStart") DO NOTHING
  RETURNING "jobId"
), job AS (
  INSERT INTO "Job" (id, kind, payload, "maxAttempts")
  SELECT "jobId", $4, $5::jsonb, $6::int FROM slot
  RETURNING id
)
SELECT id::text AS id,
       (SELECT count(*) FROM (SELECT pg_notify('${JOB_CHANNEL}', '') FROM job) AS n)::int AS notified
FROM job`;

/** Admin replay: a DEAD job of household $2 goes back to PENDING with its attempts reset. */
export const REPLAY_DEAD_JOB = `
WITH replayed AS (
  UPDATE "Job"
  SET status = 'PENDING', attempts = 0, "runAt" = now(), "finishedAt" = NULL, "lockedBy" = NULL, "lockedUntil" = NULL
  WHERE id = $1::uuid AND "householdId" = $2::uuid AND status = 'DEAD'
  RETURNING id
)
SELECT id::text AS id, (SELECT count(*) FROM (SELECT pg_notify('${JOB_CHANNEL}', '') FROM replayed) AS n)::int AS notified
FROM replayed`;
