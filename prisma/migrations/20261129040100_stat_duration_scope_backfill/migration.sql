-- The working days' sums for the city, each agency and each procedure (stat_duration_scope), from
-- what stat_duration already holds (a database with a history). A migration of its own, so that
-- tests/integration/statistics/history.test.ts can run it again on a generated history.
-- A table already filled (a development database, see the previous migration) is left as it is.
INSERT INTO stat_duration_scope (scope, scope_id, day, working_days, count)
SELECT * FROM (
  SELECT 'CITY'::"StatScope", '00000000-0000-0000-0000-000000000000'::uuid, day, working_days, sum(count)::int FROM stat_duration GROUP BY day, working_days
  UNION ALL
  SELECT 'AGENCY'::"StatScope", agency_id, day, working_days, sum(count)::int FROM stat_duration GROUP BY agency_id, day, working_days
  UNION ALL
  SELECT 'PROCEDURE'::"StatScope", procedure_id, day, working_days, sum(count)::int FROM stat_duration GROUP BY procedure_id, day, working_days
) AS sums
WHERE NOT EXISTS (SELECT 1 FROM stat_duration_scope);
