-- Backfill of the statistics rollups added by the previous migration, from what an existing
-- database already holds (nothing happens on an empty database). The same rules as
-- lib/dossiers/rollups.ts; local months are Hà Nội's (UTC+7 all year). recountRollups() gives the
-- same rows from the audit trail. The histogram of working days (stat_duration) cannot be
-- backfilled: results recorded before this release carry no statWorkingDays; it fills from now on.

-- Waits for a payment since the clock last started, for the dossiers still in hand: what each
-- payment's event recorded (pausedMinutes), as the engine adds it.
UPDATE dossier AS d SET clock_paused_seconds = w.seconds
FROM (
  SELECT o.id, sum(round((e.payload ->> 'pausedMinutes')::numeric * 60))::int AS seconds
  FROM dossier AS o
  JOIN dossier_event AS e ON e.dossier_id = o.id
  WHERE o.status IN ('RECEIVED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT')
    AND e.action = 'RECORD_PAYMENT' AND o.clock_started_at IS NOT NULL AND e.occurred_at >= o.clock_started_at
    AND e.payload ? 'pausedMinutes'
  GROUP BY o.id
) AS w
WHERE d.id = w.id;

-- The monthly counters: the daily ones, summed per month.
INSERT INTO stat_monthly (
  agency_id, procedure_id, channel, month, received, refused, resolved_early, resolved_on_time, resolved_late, returned, withdrawn,
  stopped, supplement_requests, apologies, bounces, paid_online, ratings, ratings_satisfied
)
SELECT agency_id, procedure_id, channel, date_trunc('month', day)::date,
  sum(received)::int, sum(refused)::int, sum(resolved_early)::int, sum(resolved_on_time)::int, sum(resolved_late)::int,
  sum(returned)::int, sum(withdrawn)::int, sum(stopped)::int, sum(supplement_requests)::int, sum(apologies)::int,
  sum(bounces)::int, sum(paid_online)::int, sum(ratings)::int, sum(ratings_satisfied)::int
FROM stat_daily
GROUP BY 1, 2, 3, 4;

-- The months each dossier that has left was carried into: those after the month it was received,
-- up to the month it left (its result, withdrawal or stop).
INSERT INTO stat_monthly (agency_id, procedure_id, channel, month, carried_in)
SELECT agency_id, procedure_id, channel, carried::date, count(*)::int
FROM (
  SELECT agency_id, procedure_id, channel,
    date_trunc('month', (received_at AT TIME ZONE 'UTC') + interval '7 hours') AS received_month,
    date_trunc('month', ((CASE WHEN status IN ('RESOLVED', 'RETURNED') THEN finished_at ELSE closed_at END) AT TIME ZONE 'UTC') + interval '7 hours') AS left_month
  FROM dossier
  WHERE received_at IS NOT NULL AND status IN ('RESOLVED', 'RETURNED', 'WITHDRAWN', 'STOPPED')
) AS gone
CROSS JOIN LATERAL generate_series(received_month + interval '1 month', left_month, interval '1 month') AS carried
GROUP BY 1, 2, 3, 4
ON CONFLICT (agency_id, procedure_id, channel, month) DO UPDATE SET carried_in = stat_monthly.carried_in + excluded.carried_in;

-- The dossiers still in hand, by the month they were received.
INSERT INTO stat_open (agency_id, procedure_id, channel, received_month, count)
SELECT agency_id, procedure_id, channel, date_trunc('month', (received_at AT TIME ZONE 'UTC') + interval '7 hours')::date, count(*)::int
FROM dossier
WHERE status IN ('RECEIVED', 'IN_PROCESSING', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT')
GROUP BY 1, 2, 3, 4;

-- The agencies' sums of the two.
INSERT INTO stat_agency_monthly (
  agency_id, month, received, received_online, received_in_person, received_post, refused, resolved_early, resolved_on_time,
  resolved_late, returned, withdrawn, stopped, supplement_requests, apologies, bounces, paid_online, ratings, ratings_satisfied, carried_in
)
SELECT agency_id, month, sum(received)::int,
  coalesce(sum(received) FILTER (WHERE channel = 'ONLINE'), 0)::int,
  coalesce(sum(received) FILTER (WHERE channel = 'IN_PERSON'), 0)::int,
  coalesce(sum(received) FILTER (WHERE channel = 'POST'), 0)::int,
  sum(refused)::int, sum(resolved_early)::int, sum(resolved_on_time)::int, sum(resolved_late)::int, sum(returned)::int,
  sum(withdrawn)::int, sum(stopped)::int, sum(supplement_requests)::int, sum(apologies)::int, sum(bounces)::int,
  sum(paid_online)::int, sum(ratings)::int, sum(ratings_satisfied)::int, sum(carried_in)::int
FROM stat_monthly
GROUP BY 1, 2;

INSERT INTO stat_agency_open (agency_id, received_month, count)
SELECT agency_id, received_month, sum(count)::int FROM stat_open GROUP BY 1, 2;
