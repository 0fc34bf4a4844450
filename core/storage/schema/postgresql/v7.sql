-- CollabDesk workspace schema, version 7, for a PostgreSQL server workspace: schema/v7.sql's
-- follower_rises, its indexes and view, kept by trigger functions of the same names. FROZEN once
-- released.
-- - Two people may write counts of one account at once. A rise depends on the snapshot before it,
--   so the functions lock the account's row for the rest of the transaction before they look: the
--   second writer then sees the first one's snapshot (each statement of a PL/pgSQL function reads
--   what is committed when it starts) and works its steps out after it. A row lock, not an
--   advisory lock: those take a slot each in the server's shared lock table, which a move or an
--   import of thousands of accounts in one transaction would fill. (NO KEY UPDATE leaves the
--   foreign-key checks of other rows pointing at the account free.)
-- - The team's roles, if `server init-roles` made them already, get the same rights on the new
--   table as on the others (the functions run as the person writing the snapshot).
;;
CREATE TABLE follower_rises (
    snapshot_id      bigint PRIMARY KEY,
    account_id       bigint NOT NULL,
    snapshot_date    TEXT NOT NULL,
    followers        bigint NOT NULL,
    before_date      TEXT NOT NULL,
    before_followers bigint NOT NULL
);
;;
CREATE INDEX follower_rises_date ON follower_rises(snapshot_date);
;;
CREATE INDEX follower_rises_account ON follower_rises(account_id, snapshot_date);
;;
CREATE VIEW follower_rise_steps AS
SELECT f.id AS snapshot_id, f.account_id, f.snapshot_date, f.followers,
       b.snapshot_date AS before_date, b.followers AS before_followers
FROM follower_snapshots f
JOIN follower_snapshots b ON b.id = (SELECT id FROM follower_snapshots WHERE account_id = f.account_id
                                     AND snapshot_date < f.snapshot_date ORDER BY snapshot_date DESC LIMIT 1)
WHERE b.followers > 0
  AND f.followers - b.followers >= b.followers / 20 + CASE WHEN b.followers % 20 > 0 THEN 1 ELSE 0 END;
;;
-- The account's snapshot after `day`, if any.
CREATE FUNCTION follower_snapshot_after(account bigint, day text) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT id FROM follower_snapshots WHERE account_id = account AND snapshot_date > day
    ORDER BY snapshot_date LIMIT 1
$$;
;;
-- Works out again the rises ending at the snapshots `ids` and at the snapshot after each place
-- written (an account and a day), once no one else is writing counts of those accounts.
CREATE FUNCTION follower_rises_redo(ids bigint[], account_ids bigint[], days text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    targets bigint[];
BEGIN
    -- A move fills a new workspace's counts in one transaction, then finds every rise in one pass.
    IF current_setting('collabdesk.rises_later', true) = 'on' THEN
        RETURN;
    END IF;
    PERFORM 1 FROM accounts WHERE id = ANY (account_ids) ORDER BY id FOR NO KEY UPDATE;
    targets := ids || ARRAY(SELECT follower_snapshot_after(p.account, p.day)
                            FROM unnest(account_ids, days) AS p(account, day));
    DELETE FROM follower_rises WHERE snapshot_id = ANY (targets);
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps WHERE snapshot_id = ANY (targets);
END $$;
;;
CREATE FUNCTION follower_rises_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_rises_redo(ARRAY[NEW.id], ARRAY[NEW.account_id], ARRAY[NEW.snapshot_date]);
    RETURN NULL;
END $$;
;;
CREATE TRIGGER follower_rises_insert AFTER INSERT ON follower_snapshots
FOR EACH ROW EXECUTE FUNCTION follower_rises_insert();
;;
CREATE FUNCTION follower_rises_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_rises_redo(ARRAY[OLD.id], ARRAY[OLD.account_id], ARRAY[OLD.snapshot_date]);
    RETURN NULL;
END $$;
;;
CREATE TRIGGER follower_rises_delete AFTER DELETE ON follower_snapshots
FOR EACH ROW EXECUTE FUNCTION follower_rises_delete();
;;
CREATE FUNCTION follower_rises_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM follower_rises_redo(ARRAY[OLD.id, NEW.id], ARRAY[OLD.account_id, NEW.account_id],
                                ARRAY[OLD.snapshot_date, NEW.snapshot_date]);
    RETURN NULL;
END $$;
;;
CREATE TRIGGER follower_rises_update AFTER UPDATE OF account_id, snapshot_date, followers ON follower_snapshots
FOR EACH ROW EXECUTE FUNCTION follower_rises_update();
;;
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_admin')
       AND EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_manager') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON follower_rises, follower_rise_steps
            TO collabdesk_admin, collabdesk_manager;
    END IF;
END $$;
;;
-- The existing snapshots' rises are found by summaries::rebuildRises() in the same migration step.
