-- CollabDesk workspace schema, version 8, for a PostgreSQL server workspace: schema/v8.sql's
-- follower_day_changes and roster_accounts, kept by trigger functions, and the index of the
-- deliverables not posted yet. FROZEN once released.
-- - A server fires a row trigger after the whole statement, so a row's trigger sees the counts as the
--   statement left them, not as they were around that row: a step worked out from them would be
--   counted twice or not at all when one statement writes several counts of an account (a multi-row
--   INSERT, a cascade). The counts' triggers are statement triggers instead: they compare every step
--   of the accounts the statement touched as they are now with the same steps before it (the rows now,
--   less the rows written, plus the rows replaced or removed). The app writes counts one statement
--   per row or as plain multi-row inserts; an upsert of several rows mixing inserts and updates of one
--   account would need its two statement triggers to see each other's rows apart, which they cannot.
-- - As v7's rises, the accounts' rows are locked for the rest of the transaction first, so a second
--   person writing counts of the same account works its steps out after the first one's commit.
-- - A creator's or an account's own triggers run per row before a removal (the cascade that follows
--   cannot tell whose the counts were) and after a change of status, manager or creator.
;;
CREATE TABLE follower_day_changes (
    manager_id bigint NOT NULL,
    day        TEXT NOT NULL,
    change     bigint NOT NULL,
    PRIMARY KEY (manager_id, day)
);
;;
CREATE VIEW roster_accounts AS
SELECT a.id AS account_id, coalesce(c.manager_id, 0) AS manager_id
FROM accounts a JOIN creators c ON c.id = a.creator_id WHERE c.status = 'active';
;;
-- The steps of the accounts a statement wrote counts of, now less before: `gone` are the rows it
-- removed or replaced, `came` those it wrote. Only an account's counts from the one before its
-- earliest day written are compared: the steps before are the same both ways, and that first
-- count's own step (its lag cut off) is the same wrong number in both and cancels.
CREATE FUNCTION follower_day_changes_redo(gone follower_snapshots[], came follower_snapshots[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    touched bigint[];
BEGIN
    -- A move fills a new workspace's counts in one transaction, then works every summary out once.
    IF current_setting('collabdesk.rises_later', true) = 'on' THEN
        RETURN;
    END IF;
    touched := ARRAY(SELECT account_id FROM unnest(gone) UNION SELECT account_id FROM unnest(came));
    IF cardinality(touched) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM accounts WHERE id = ANY (touched) ORDER BY id FOR NO KEY UPDATE;
    WITH written AS (SELECT account_id, min(snapshot_date) AS day
                     FROM (SELECT account_id, snapshot_date FROM unnest(gone)
                           UNION ALL SELECT account_id, snapshot_date FROM unnest(came)) w GROUP BY account_id),
    since AS (SELECT w.account_id, coalesce((SELECT max(f.snapshot_date) FROM follower_snapshots f
                                             WHERE f.account_id = w.account_id AND f.snapshot_date < w.day), w.day) AS day
              FROM written w),
    now AS (SELECT f.id, f.account_id, f.snapshot_date, f.followers FROM follower_snapshots f
            JOIN since ON since.account_id = f.account_id AND f.snapshot_date >= since.day),
    earlier AS (SELECT account_id, snapshot_date, followers FROM now WHERE id NOT IN (SELECT id FROM unnest(came))
                UNION ALL SELECT account_id, snapshot_date, followers FROM unnest(gone)),
    steps AS (SELECT account_id, snapshot_date,
                     followers - coalesce(lag(followers) OVER (PARTITION BY account_id ORDER BY snapshot_date), 0) AS step
              FROM now
              UNION ALL
              SELECT account_id, snapshot_date,
                     coalesce(lag(followers) OVER (PARTITION BY account_id ORDER BY snapshot_date), 0) - followers
              FROM earlier)
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.snapshot_date, sum(s.step) FROM steps s JOIN roster_accounts r ON r.account_id = s.account_id
    GROUP BY r.manager_id, s.snapshot_date HAVING sum(s.step) <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = follower_day_changes.change + EXCLUDED.change;
END $$;
;;
CREATE FUNCTION follower_day_changes_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_day_changes_redo('{}', ARRAY(SELECT c::follower_snapshots FROM came c));
    RETURN NULL;
END $$;
;;
CREATE TRIGGER follower_day_changes_insert AFTER INSERT ON follower_snapshots
REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION follower_day_changes_insert();
;;
CREATE FUNCTION follower_day_changes_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_day_changes_redo(ARRAY(SELECT g::follower_snapshots FROM gone g), '{}');
    RETURN NULL;
END $$;
;;
CREATE TRIGGER follower_day_changes_delete AFTER DELETE ON follower_snapshots
REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION follower_day_changes_delete();
;;
CREATE FUNCTION follower_day_changes_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_day_changes_redo(ARRAY(SELECT g::follower_snapshots FROM gone g),
                                      ARRAY(SELECT c::follower_snapshots FROM came c));
    RETURN NULL;
END $$;
;;
-- A statement trigger with transition tables takes no column list: every update comes here, and one
-- that leaves the counts, days and accounts alone adds changes of 0, which are not written.
CREATE TRIGGER follower_day_changes_update AFTER UPDATE ON follower_snapshots
REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION follower_day_changes_update();
;;
-- The summed steps of every count of the accounts `moved`, by day, signed by `sign`, for `manager`.
CREATE FUNCTION follower_day_changes_move(moved bigint[], manager bigint, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM accounts WHERE id = ANY (moved) ORDER BY id FOR NO KEY UPDATE;
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT manager, snapshot_date, sign * sum(step)
    FROM (SELECT snapshot_date,
                 followers - coalesce(lag(followers) OVER (PARTITION BY account_id ORDER BY snapshot_date), 0) AS step
          FROM follower_snapshots WHERE account_id = ANY (moved)) s
    GROUP BY snapshot_date HAVING sum(step) <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = follower_day_changes.change + EXCLUDED.change;
END $$;
;;
CREATE FUNCTION follower_day_changes_creator() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owned bigint[] := ARRAY(SELECT id FROM accounts WHERE creator_id = OLD.id);
BEGIN
    IF current_setting('collabdesk.rises_later', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END; -- a BEFORE trigger's NULL would skip the row
    END IF;
    IF OLD.status = 'active' AND (TG_OP = 'DELETE' OR NEW.status <> 'active'
                                  OR coalesce(OLD.manager_id, 0) <> coalesce(NEW.manager_id, 0)) THEN
        PERFORM follower_day_changes_move(owned, coalesce(OLD.manager_id, 0), -1);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.status = 'active' AND (OLD.status <> 'active'
                                                       OR coalesce(OLD.manager_id, 0) <> coalesce(NEW.manager_id, 0)) THEN
        PERFORM follower_day_changes_move(owned, coalesce(NEW.manager_id, 0), 1);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;
;;
CREATE TRIGGER follower_day_changes_creator AFTER UPDATE OF status, manager_id ON creators
FOR EACH ROW EXECUTE FUNCTION follower_day_changes_creator();
;;
CREATE TRIGGER follower_day_changes_creator_delete BEFORE DELETE ON creators
FOR EACH ROW EXECUTE FUNCTION follower_day_changes_creator();
;;
CREATE FUNCTION follower_day_changes_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('collabdesk.rises_later', true) = 'on' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END; -- a BEFORE trigger's NULL would skip the row
    END IF;
    PERFORM follower_day_changes_move(ARRAY[OLD.id], coalesce(c.manager_id, 0), -1)
    FROM creators c WHERE c.id = OLD.creator_id AND c.status = 'active';
    IF TG_OP = 'UPDATE' THEN
        PERFORM follower_day_changes_move(ARRAY[NEW.id], coalesce(c.manager_id, 0), 1)
        FROM creators c WHERE c.id = NEW.creator_id AND c.status = 'active';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;
;;
CREATE TRIGGER follower_day_changes_account AFTER UPDATE OF creator_id ON accounts
FOR EACH ROW WHEN (OLD.creator_id <> NEW.creator_id) EXECUTE FUNCTION follower_day_changes_account();
;;
CREATE TRIGGER follower_day_changes_account_delete BEFORE DELETE ON accounts
FOR EACH ROW EXECUTE FUNCTION follower_day_changes_account();
;;
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_admin')
       AND EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_manager') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON follower_day_changes, roster_accounts
            TO collabdesk_admin, collabdesk_manager;
    END IF;
END $$;
;;
-- The deliverables not posted yet, by due date: the dashboard's "due this week" and the desk's Today
-- name the four open statuses and find their few rows among the posted thousands (the large demo:
-- 13,625 of 100,792; read through the due-date index, 0.23 s, now 7 ms). A partial index, used only
-- by a query naming the same four: an index on (status, due_date) made SQLite count each campaign's
-- posted deliverables by walking all 87,000 of them (the campaign list at large, minutes).
CREATE INDEX deliverables_open ON deliverables(due_date)
WHERE status IN ('planned', 'draft_submitted', 'revision_requested', 'approved');
;;
-- The existing counts' changes are found by summaries::rebuildDayChanges() in the same migration step.
