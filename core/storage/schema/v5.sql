-- CollabDesk workspace schema, version 5: kept summaries. FROZEN once released.
-- An agency keeps years of daily snapshots (millions of rows). The roster, the engagement rates and
-- the reports ask for each account's latest follower count and each post's latest numbers; finding
-- them among the snapshots cost a seek through millions of rows per account or post on every read.
-- These two tables hold the answer. Triggers keep them in the same transaction as every write to the
-- snapshots (forms, imports, undo, a creator's erasure, cascades), so they can never disagree with a
-- committed file; `collabdesk-cli check` recomputes them and says so if they ever do.
-- Rows exist only for accounts and posts with at least one snapshot. No foreign keys: a cascade
-- deletes the snapshots one by one and the triggers remove the summary with the last of them.

CREATE TABLE follower_latest (
    account_id    INTEGER PRIMARY KEY,
    snapshot_date TEXT NOT NULL,
    followers     INTEGER NOT NULL
);
;;
CREATE TABLE post_latest (
    post_id       INTEGER PRIMARY KEY,
    snapshot_id   INTEGER NOT NULL,
    snapshot_date TEXT NOT NULL
);
;;
-- No conflict clauses below: the statement that fires a trigger imposes its own (an upsert, an
-- INSERT OR IGNORE) on the trigger's statements, so each statement here must not conflict at all.
-- A new snapshot is the latest unless a later one exists (snapshot dates are unique per account).
CREATE TRIGGER follower_latest_insert AFTER INSERT ON follower_snapshots BEGIN
    DELETE FROM follower_latest WHERE account_id = new.account_id AND snapshot_date <= new.snapshot_date;
    INSERT INTO follower_latest (account_id, snapshot_date, followers)
    SELECT new.account_id, new.snapshot_date, new.followers
    WHERE NOT EXISTS (SELECT 1 FROM follower_latest WHERE account_id = new.account_id);
END;
;;
-- Removing or changing a snapshot that was (or becomes) the latest: read the account's latest again.
CREATE TRIGGER follower_latest_delete AFTER DELETE ON follower_snapshots
WHEN old.snapshot_date >= (SELECT snapshot_date FROM follower_latest WHERE account_id = old.account_id) BEGIN
    DELETE FROM follower_latest WHERE account_id = old.account_id;
    INSERT INTO follower_latest (account_id, snapshot_date, followers)
    SELECT account_id, snapshot_date, followers FROM follower_snapshots
    WHERE account_id = old.account_id ORDER BY snapshot_date DESC LIMIT 1;
END;
;;
CREATE TRIGGER follower_latest_update AFTER UPDATE OF account_id, snapshot_date, followers ON follower_snapshots BEGIN
    DELETE FROM follower_latest WHERE account_id IN (old.account_id, new.account_id);
    INSERT INTO follower_latest (account_id, snapshot_date, followers)
    SELECT account_id, snapshot_date, followers FROM follower_snapshots
    WHERE account_id = old.account_id ORDER BY snapshot_date DESC LIMIT 1;
    INSERT INTO follower_latest (account_id, snapshot_date, followers)
    SELECT account_id, snapshot_date, followers FROM follower_snapshots
    WHERE account_id = new.account_id AND new.account_id <> old.account_id ORDER BY snapshot_date DESC LIMIT 1;
END;
;;
CREATE TRIGGER post_latest_insert AFTER INSERT ON post_metric_snapshots BEGIN
    DELETE FROM post_latest WHERE post_id = new.post_id AND snapshot_date <= new.snapshot_date;
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date)
    SELECT new.post_id, new.id, new.snapshot_date
    WHERE NOT EXISTS (SELECT 1 FROM post_latest WHERE post_id = new.post_id);
END;
;;
CREATE TRIGGER post_latest_delete AFTER DELETE ON post_metric_snapshots
WHEN old.snapshot_date >= (SELECT snapshot_date FROM post_latest WHERE post_id = old.post_id) BEGIN
    DELETE FROM post_latest WHERE post_id = old.post_id;
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date)
    SELECT post_id, id, snapshot_date FROM post_metric_snapshots
    WHERE post_id = old.post_id ORDER BY snapshot_date DESC LIMIT 1;
END;
;;
CREATE TRIGGER post_latest_update AFTER UPDATE OF id, post_id, snapshot_date ON post_metric_snapshots BEGIN
    DELETE FROM post_latest WHERE post_id IN (old.post_id, new.post_id);
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date)
    SELECT post_id, id, snapshot_date FROM post_metric_snapshots
    WHERE post_id = old.post_id ORDER BY snapshot_date DESC LIMIT 1;
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date)
    SELECT post_id, id, snapshot_date FROM post_metric_snapshots
    WHERE post_id = new.post_id AND new.post_id <> old.post_id ORDER BY snapshot_date DESC LIMIT 1;
END;
;;
-- The existing snapshots are summarised by summaries::rebuild() in the same migration step.
