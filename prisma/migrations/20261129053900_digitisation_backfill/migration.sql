-- Backfill of the digitisation facts and counters added by the previous migration, from what an
-- existing database already holds (nothing happens on an empty database). The rules of
-- lib/dossiers/rollups.ts (countersFor, isElectronicResult) and of the receipt
-- (lib/dossiers/effects.ts); local days are Hà Nội's (UTC+7 all year). recountRollups() gives the
-- same rows from the trail and the dossiers. What the records cannot say is left out (see
-- docs/domain/national-index.md): a resident's way of signing in before submissions recorded it is
-- taken from the flag the draft was given (the account was linked to VNeID).

-- Digitised at receipt: every paper the procedure requires has a file in the dossier (uploaded
-- online or scanned at the desk) from before the receipt. A procedure that requires none has
-- nothing on paper. Only ever set: a database this release already wrote (a history load) keeps
-- what its receipts recorded.
UPDATE dossier AS d SET has_electronic_papers = true
WHERE d.received_at IS NOT NULL AND NOT d.has_electronic_papers
  AND NOT EXISTS (
    SELECT 1 FROM procedure_document AS paper
    WHERE paper.procedure_id = d.procedure_id AND paper.is_required
      AND NOT EXISTS (
        SELECT 1 FROM document AS file
        WHERE file.dossier_id = d.id AND file.requirement_id = paper.id AND file.created_at <= d.received_at
      )
  );

-- The daily counters, from the receipts and the results of the trail. A result is electronic when
-- its event says it was signed, or, recorded before it said so, when the file was issued with the
-- upload's own hash (only a digitally signed PDF is issued unstamped).
INSERT INTO stat_daily (agency_id, procedure_id, channel, day, resolved_electronic, received_electronic_papers, received_vneid)
SELECT agency_id, procedure_id, channel, day, sum(electronic_result)::int, sum(electronic_papers)::int, sum(vneid)::int
FROM (
  SELECT d.agency_id, d.procedure_id, d.channel, ((e.occurred_at AT TIME ZONE 'UTC') + interval '7 hours')::date AS day,
    coalesce(e.action = 'MARK_RESULT_READY' AND CASE
      WHEN jsonb_typeof(e.payload -> 'resultSigned') = 'boolean' THEN (e.payload ->> 'resultSigned')::boolean
      ELSE jsonb_typeof(e.payload -> 'originalSha256') = 'string' AND e.payload ->> 'originalSha256' = e.payload ->> 'resultSha256'
    END, false)::int AS electronic_result,
    (e.action = 'RECEIVE' AND d.has_electronic_papers)::int AS electronic_papers,
    (e.action = 'RECEIVE' AND d.channel = 'ONLINE' AND d.is_vneid_authenticated)::int AS vneid
  FROM dossier_event AS e
  JOIN dossier AS d ON d.id = e.dossier_id
  WHERE e.action IN ('RECEIVE', 'MARK_RESULT_READY')
) AS counted
GROUP BY 1, 2, 3, 4
HAVING sum(electronic_result + electronic_papers + vneid) > 0
ON CONFLICT (agency_id, procedure_id, channel, day) DO UPDATE SET
  resolved_electronic = excluded.resolved_electronic,
  received_electronic_papers = excluded.received_electronic_papers,
  received_vneid = excluded.received_vneid;

-- The monthly counters: the daily ones, summed per month; then the agencies' sums.
INSERT INTO stat_monthly (agency_id, procedure_id, channel, month, resolved_electronic, received_electronic_papers, received_vneid)
SELECT agency_id, procedure_id, channel, date_trunc('month', day)::date,
  sum(resolved_electronic)::int, sum(received_electronic_papers)::int, sum(received_vneid)::int
FROM stat_daily
GROUP BY 1, 2, 3, 4
HAVING sum(resolved_electronic) + sum(received_electronic_papers) + sum(received_vneid) > 0
ON CONFLICT (agency_id, procedure_id, channel, month) DO UPDATE SET
  resolved_electronic = excluded.resolved_electronic,
  received_electronic_papers = excluded.received_electronic_papers,
  received_vneid = excluded.received_vneid;

INSERT INTO stat_agency_monthly (agency_id, month, resolved_electronic, received_electronic_papers, received_vneid)
SELECT agency_id, month, sum(resolved_electronic)::int, sum(received_electronic_papers)::int, sum(received_vneid)::int
FROM stat_monthly
GROUP BY 1, 2
HAVING sum(resolved_electronic) + sum(received_electronic_papers) + sum(received_vneid) > 0
ON CONFLICT (agency_id, month) DO UPDATE SET
  resolved_electronic = excluded.resolved_electronic,
  received_electronic_papers = excluded.received_electronic_papers,
  received_vneid = excluded.received_vneid;
