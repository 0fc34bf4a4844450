-- CollabDesk workspace schema, version 8: the roster's follower totals kept by day. FROZEN once released.
-- The dashboard charts the followers of the whole roster (or of one manager's creators) on 26 weekly
-- days. Reading each account's count on each of them took 27 seeks of every account: 1.35 s of the
-- dashboard's 2.5 s for the large demo's 43,000 accounts.
-- follower_day_changes holds, per manager (0 for creators without one) and day, how much the counts
-- of active creators' accounts moved that day: the sum of each count's step from the account's count
-- before it (an account's first count is a step from nothing). The roster's followers on a day, each
-- account at its latest count by then, are the sum of the changes up to that day. A few thousand
-- rows (managers x days with counts) stand for millions of counts.
-- Kept by triggers in the transaction of every write to the counts, to a creator's status or manager
-- and to an account's creator, like v5's and v7's summaries, and checked and made again with them
-- (`collabdesk-cli check`, `check --repair`). A day's change may be 0 (a count written and removed).
-- Also an index of the deliverables not posted yet, by due date (at the end).

CREATE TABLE follower_day_changes (
    manager_id INTEGER NOT NULL,
    day        TEXT NOT NULL,
    change     INTEGER NOT NULL,
    PRIMARY KEY (manager_id, day)
) WITHOUT ROWID;
;;
-- The accounts whose counts are the roster's (an active creator's), with the manager they count for.
CREATE VIEW roster_accounts AS
SELECT a.id AS account_id, coalesce(c.manager_id, 0) AS manager_id
FROM accounts a JOIN creators c ON c.id = a.creator_id WHERE c.status = 'active';
;;
-- A count written changes its own day by its step from the count before it (0 when none) and the
-- next count's day by as much the other way (that count's step now starts from it). An upsert in a
-- trigger keeps its DO UPDATE whatever conflict clause the outer statement has (checked with SQLite
-- 3.40: OR IGNORE, OR FAIL, OR REPLACE, OR ROLLBACK).
CREATE TRIGGER follower_day_changes_insert AFTER INSERT ON follower_snapshots BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.day, s.sign * (new.followers - b.followers)
    FROM roster_accounts r,
         (SELECT coalesce((SELECT followers FROM follower_snapshots WHERE account_id = new.account_id
                           AND snapshot_date < new.snapshot_date ORDER BY snapshot_date DESC LIMIT 1), 0) AS followers) b,
         (SELECT new.snapshot_date AS day, 1 AS sign
          UNION ALL SELECT * FROM (SELECT snapshot_date, -1 FROM follower_snapshots WHERE account_id = new.account_id
                                   AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1)) s
    WHERE r.account_id = new.account_id AND new.followers <> b.followers
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
-- A count removed: the reverse. When its account went with it (a cascade from removing the account
-- or its creator), the account's changes were taken away before (the triggers below).
CREATE TRIGGER follower_day_changes_delete AFTER DELETE ON follower_snapshots BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.day, -s.sign * (old.followers - b.followers)
    FROM roster_accounts r,
         (SELECT coalesce((SELECT followers FROM follower_snapshots WHERE account_id = old.account_id
                           AND snapshot_date < old.snapshot_date ORDER BY snapshot_date DESC LIMIT 1), 0) AS followers) b,
         (SELECT old.snapshot_date AS day, 1 AS sign
          UNION ALL SELECT * FROM (SELECT snapshot_date, -1 FROM follower_snapshots WHERE account_id = old.account_id
                                   AND snapshot_date > old.snapshot_date ORDER BY snapshot_date LIMIT 1)) s
    WHERE r.account_id = old.account_id AND old.followers <> b.followers
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
-- A count changed, moved to another day or account: the old one removed from the counts as they
-- would be without either (the new row left out of the lookups), then the new one written.
CREATE TRIGGER follower_day_changes_update AFTER UPDATE OF account_id, snapshot_date, followers ON follower_snapshots
BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.day, -s.sign * (old.followers - b.followers)
    FROM roster_accounts r,
         (SELECT coalesce((SELECT followers FROM follower_snapshots WHERE account_id = old.account_id
                           AND snapshot_date < old.snapshot_date AND id <> new.id
                           ORDER BY snapshot_date DESC LIMIT 1), 0) AS followers) b,
         (SELECT old.snapshot_date AS day, 1 AS sign
          UNION ALL SELECT * FROM (SELECT snapshot_date, -1 FROM follower_snapshots WHERE account_id = old.account_id
                                   AND snapshot_date > old.snapshot_date AND id <> new.id
                                   ORDER BY snapshot_date LIMIT 1)) s
    WHERE r.account_id = old.account_id AND old.followers <> b.followers
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.day, s.sign * (new.followers - b.followers)
    FROM roster_accounts r,
         (SELECT coalesce((SELECT followers FROM follower_snapshots WHERE account_id = new.account_id
                           AND snapshot_date < new.snapshot_date ORDER BY snapshot_date DESC LIMIT 1), 0) AS followers) b,
         (SELECT new.snapshot_date AS day, 1 AS sign
          UNION ALL SELECT * FROM (SELECT snapshot_date, -1 FROM follower_snapshots WHERE account_id = new.account_id
                                   AND snapshot_date > new.snapshot_date ORDER BY snapshot_date LIMIT 1)) s
    WHERE r.account_id = new.account_id AND new.followers <> b.followers
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
-- A creator made active or not, or given to another manager: the steps of all the creator's counts
-- leave the manager they counted for and join the one they count for now.
CREATE TRIGGER follower_day_changes_creator AFTER UPDATE OF status, manager_id ON creators
WHEN (old.status = 'active') <> (new.status = 'active')
  OR (new.status = 'active' AND coalesce(old.manager_id, 0) <> coalesce(new.manager_id, 0)) BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT m.manager_id, s.snapshot_date, m.sign * sum(s.step)
    FROM (SELECT snapshot_date, followers - coalesce(lag(followers) OVER (PARTITION BY account_id
                                                                          ORDER BY snapshot_date), 0) AS step
          FROM follower_snapshots WHERE account_id IN (SELECT id FROM accounts WHERE creator_id = new.id)) s,
         (SELECT coalesce(old.manager_id, 0) AS manager_id, -1 AS sign WHERE old.status = 'active'
          UNION ALL SELECT coalesce(new.manager_id, 0), 1 WHERE new.status = 'active') m
    WHERE true GROUP BY m.manager_id, m.sign, s.snapshot_date HAVING sum(s.step) <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
-- An account given to another creator: its steps move with it.
CREATE TRIGGER follower_day_changes_account AFTER UPDATE OF creator_id ON accounts BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT m.manager_id, s.snapshot_date, m.sign * s.step
    FROM (SELECT snapshot_date, followers - coalesce(lag(followers) OVER (ORDER BY snapshot_date), 0) AS step
          FROM follower_snapshots WHERE account_id = new.id) s,
         (SELECT coalesce(manager_id, 0) AS manager_id, -1 AS sign FROM creators
          WHERE id = old.creator_id AND status = 'active'
          UNION ALL SELECT coalesce(manager_id, 0), 1 FROM creators WHERE id = new.creator_id AND status = 'active') m
    WHERE s.step <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
-- Removing a creator or an account removes its counts by cascade after the row itself is gone, when
-- the count triggers can no longer tell whose they were: its steps are taken away just before.
CREATE TRIGGER follower_day_changes_creator_delete BEFORE DELETE ON creators WHEN old.status = 'active' BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT coalesce(old.manager_id, 0), s.snapshot_date, -sum(s.step)
    FROM (SELECT snapshot_date, followers - coalesce(lag(followers) OVER (PARTITION BY account_id
                                                                          ORDER BY snapshot_date), 0) AS step
          FROM follower_snapshots WHERE account_id IN (SELECT id FROM accounts WHERE creator_id = old.id)) s
    WHERE true GROUP BY s.snapshot_date HAVING sum(s.step) <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
;;
CREATE TRIGGER follower_day_changes_account_delete BEFORE DELETE ON accounts BEGIN
    INSERT INTO follower_day_changes (manager_id, day, change)
    SELECT r.manager_id, s.snapshot_date, -s.step
    FROM (SELECT snapshot_date, followers - coalesce(lag(followers) OVER (ORDER BY snapshot_date), 0) AS step
          FROM follower_snapshots WHERE account_id = old.id) s, roster_accounts r
    WHERE r.account_id = old.id AND s.step <> 0
    ON CONFLICT (manager_id, day) DO UPDATE SET change = change + excluded.change;
END;
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
