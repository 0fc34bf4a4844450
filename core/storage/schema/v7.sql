-- CollabDesk workspace schema, version 7: follower rises kept. FROZEN once released.
-- The authenticity warnings look for follower counts up by more than a set share (20% unless changed
-- in Settings) from one snapshot of an account to its next. Finding them compared every account's
-- counts of the weeks asked about, on every dashboard: 1.8 s for the large demo's 11 million counts.
-- follower_rises holds each such step that rose by at least 5%, named by its later snapshot: 886 of
-- the large demo's 11 million steps, 210 of the agency demo's 554,528 (at 1% they were 7,413 and
-- 264,865, a table of 24 MB beside the agency demo's counts). A threshold set below 5% reads the
-- snapshots as before.
-- Kept by triggers in the transaction of every write to the snapshots, like v5's summaries, and
-- checked and made again with them (`collabdesk-cli check`, `check --repair`). No foreign keys: a
-- cascade deletes the snapshots one by one and the triggers remove their rises with them.

CREATE TABLE follower_rises (
    snapshot_id      INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL,
    snapshot_date    TEXT NOT NULL,
    followers        INTEGER NOT NULL,
    before_date      TEXT NOT NULL,
    before_followers INTEGER NOT NULL
);
;;
CREATE INDEX follower_rises_date ON follower_rises(snapshot_date);
;;
CREATE INDEX follower_rises_account ON follower_rises(account_id, snapshot_date);
;;
-- Every step of the snapshots that rose by at least 5%: a snapshot with the account's one before
-- it. The 5% is checked as "rise >= ceiling(before / 20)", which cannot overflow.
CREATE VIEW follower_rise_steps AS
SELECT f.id AS snapshot_id, f.account_id, f.snapshot_date, f.followers,
       b.snapshot_date AS before_date, b.followers AS before_followers
FROM follower_snapshots f
JOIN follower_snapshots b ON b.id = (SELECT id FROM follower_snapshots WHERE account_id = f.account_id
                                     AND snapshot_date < f.snapshot_date ORDER BY snapshot_date DESC LIMIT 1)
WHERE b.followers > 0
  AND f.followers - b.followers >= b.followers / 20 + CASE WHEN b.followers % 20 > 0 THEN 1 ELSE 0 END;
;;
-- A write changes the step ending at the snapshot written and the one ending at the snapshot after
-- it (its "before" is another now), at the old place and the new: those are forgotten and worked
-- out again. One statement per snapshot: "IN (id, (SELECT ...))" made SQLite build a temporary
-- table for each row written, with a page cache of its own (30 times slower for 554,528 counts).
-- An insert guarded by NOT EXISTS may meet a snapshot already worked out by the one before it
-- (moved to a later day, a snapshot is its own old place's next).
CREATE TRIGGER follower_rises_insert AFTER INSERT ON follower_snapshots BEGIN
    DELETE FROM follower_rises WHERE snapshot_id = new.id;
    DELETE FROM follower_rises WHERE snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = new.account_id
        AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1);
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = new.id;
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = new.account_id
        AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1);
END;
;;
CREATE TRIGGER follower_rises_delete AFTER DELETE ON follower_snapshots BEGIN
    DELETE FROM follower_rises WHERE snapshot_id = old.id;
    DELETE FROM follower_rises WHERE snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = old.account_id
        AND snapshot_date > old.snapshot_date ORDER BY snapshot_date LIMIT 1);
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = old.account_id
        AND snapshot_date > old.snapshot_date ORDER BY snapshot_date LIMIT 1);
END;
;;
CREATE TRIGGER follower_rises_update AFTER UPDATE OF account_id, snapshot_date, followers ON follower_snapshots BEGIN
    DELETE FROM follower_rises WHERE snapshot_id = old.id;
    DELETE FROM follower_rises WHERE snapshot_id = new.id;
    DELETE FROM follower_rises WHERE snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = old.account_id
        AND snapshot_date > old.snapshot_date ORDER BY snapshot_date LIMIT 1);
    DELETE FROM follower_rises WHERE snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = new.account_id
        AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1);
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = new.id;
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = old.account_id
        AND snapshot_date > old.snapshot_date ORDER BY snapshot_date LIMIT 1)
        AND NOT EXISTS (SELECT 1 FROM follower_rises r WHERE r.snapshot_id = s.snapshot_id);
    INSERT INTO follower_rises SELECT * FROM follower_rise_steps s WHERE s.snapshot_id = (SELECT id FROM follower_snapshots WHERE account_id = new.account_id
        AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1)
        AND NOT EXISTS (SELECT 1 FROM follower_rises r WHERE r.snapshot_id = s.snapshot_id);
END;
;;
-- The existing snapshots' rises are found by summaries::rebuildRises() in the same migration step.
