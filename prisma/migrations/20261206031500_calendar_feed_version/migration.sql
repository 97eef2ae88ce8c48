-- The calendar feed's validators in one call (lib/calendar-feeds/feed-version.ts).
-- PL/pgSQL so the plan is cached per connection: as plain SQL, planning these nine
-- aggregates cost more than running them, and a 304 answer is nothing but this query.
-- Each set of records is summarised by its count and latest timestamp, or a checksum of
-- its ids where rows have no timestamp.
CREATE FUNCTION calendar_feed_version(p_household uuid, p_user uuid)
RETURNS TABLE (
  "householdName" text,
  "timeZone" text,
  "householdAt" timestamp,
  tasks text,
  "tasksAt" timestamptz,
  assignees text,
  schedules text,
  "schedulesAt" timestamptz,
  assets text,
  "assetsAt" timestamp,
  shares text,
  members text,
  "membersAt" timestamp,
  blackouts text,
  "blackoutsAt" timestamptz,
  readings text
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT h.name, h."timeZone", h."updatedAt",
    (SELECT count(*)::text FROM "Task" x
       WHERE x."householdId" = h.id AND x.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')),
    (SELECT max(x."updatedAt") FROM "Task" x
       WHERE x."householdId" = h.id AND x.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(x."taskId"::text || x."userId"::text)), 0)
       FROM "TaskAssignee" x JOIN "Task" xt ON xt.id = x."taskId"
       WHERE xt."householdId" = h.id AND xt.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')),
    (SELECT count(*)::text FROM "Schedule" x WHERE x."householdId" = h.id),
    (SELECT max(x."updatedAt") FROM "Schedule" x WHERE x."householdId" = h.id),
    (SELECT count(*)::text FROM "Asset" x WHERE x."householdId" = h.id),
    (SELECT max(x."updatedAt") FROM "Asset" x WHERE x."householdId" = h.id),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(x."assetId"::text)), 0)
       FROM "AssetShare" x JOIN "Asset" xa ON xa.id = x."assetId"
       WHERE x."userId" = p_user AND xa."householdId" = h.id),
    (SELECT count(*)::text FROM "Membership" x WHERE x."householdId" = h.id),
    (SELECT greatest(max(x."createdAt"), max(u."updatedAt"))
       FROM "Membership" x JOIN "User" u ON u.id = x."userId" WHERE x."householdId" = h.id),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(x.id::text || x."from" || x."to")), 0)
       FROM "HouseholdBlackout" x WHERE x."householdId" = h.id),
    (SELECT max(x."createdAt") FROM "HouseholdBlackout" x WHERE x."householdId" = h.id),
    (SELECT count(*) || ':' || coalesce(max(x."readAt")::text, '')
       FROM "MeterReading" x WHERE x."meterId" IN (SELECT m.id FROM "Meter" m WHERE m."householdId" = h.id))
  FROM "Household" h
  WHERE h.id = p_household;
END;
$$;
