-- CollabDesk workspace schema, version 9: each post's engagement figures kept. FROZEN once released.
-- A creator's 90-day engagement (the roster's column, the dashboard's ranking, the media kit) reads
-- each post of the window with its latest snapshot's counts and the account's followers on the day
-- it was posted. Finding them took a seek into millions of snapshots and another into millions of
-- follower counts per post: 0.24 s of reading for the large demo's 12,321 posts of one window, 0.15 s
-- with the figures kept beside each post's latest snapshot (sqlite3 shell, file in the page cache).
-- post_latest gains the latest snapshot's likes, comments, shares, saves, reach, impressions and
-- revenue (the deals' commission reads it), and followers_at_post: the count of the creator's account on the post's platform on its day (the latest
-- count on or before it; NULL when none). post_figures is what they should be, worked out from the
-- records; the triggers below write it again for every post a write can change, in the same
-- transaction, and `collabdesk-cli check` compares the two.

ALTER TABLE post_latest ADD COLUMN likes INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN comments INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN shares INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN saves INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN reach INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN impressions INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN revenue_minor INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN followers_at_post INTEGER;
;;
-- A creator has one account per platform (accounts' unique key) and one count per account and day,
-- so the count is a single row.
CREATE VIEW post_figures AS
SELECT pl.post_id, s.likes, s.comments, s.shares, s.saves, s.reach, s.impressions, s.revenue_minor,
       (SELECT f.followers FROM participants pa
        JOIN accounts a ON a.creator_id = pa.creator_id AND a.platform = po.platform
        JOIN follower_snapshots f ON f.account_id = a.id
        WHERE pa.id = po.participant_id AND f.snapshot_date <= substr(po.posted_at, 1, 10)
        ORDER BY f.snapshot_date DESC LIMIT 1) AS followers_at_post
FROM post_latest pl
JOIN post_metric_snapshots s ON s.id = pl.snapshot_id
JOIN posts po ON po.id = pl.post_id;
;;
-- The posts an account's counts speak for (its creator's posts on its platform), with their day.
CREATE VIEW account_posts AS
SELECT a.id AS account_id, po.id AS post_id, substr(po.posted_at, 1, 10) AS day
FROM accounts a
JOIN participants pa ON pa.creator_id = a.creator_id
JOIN posts po ON po.participant_id = pa.id AND po.platform = a.platform;
;;
-- Every post_latest row is written whole by v5's triggers (removed and inserted again), so filling
-- each new row covers every change of which snapshot is a post's latest.
CREATE TRIGGER post_figures_fill AFTER INSERT ON post_latest BEGIN
    UPDATE post_latest SET (likes, comments, shares, saves, reach, impressions, revenue_minor, followers_at_post) =
        (SELECT likes, comments, shares, saves, reach, impressions, revenue_minor, followers_at_post FROM post_figures
         WHERE post_id = new.post_id)
    WHERE post_id = new.post_id;
END;
;;
-- The latest snapshot's numbers edited in place.
CREATE TRIGGER post_figures_counts AFTER UPDATE OF likes, comments, shares, saves, reach, impressions, revenue_minor
ON post_metric_snapshots WHEN new.id = (SELECT snapshot_id FROM post_latest WHERE post_id = new.post_id) BEGIN
    UPDATE post_latest SET (likes, comments, shares, saves, reach, impressions, revenue_minor) =
        (SELECT likes, comments, shares, saves, reach, impressions, revenue_minor FROM post_metric_snapshots
         WHERE id = new.id)
    WHERE post_id = new.post_id;
END;
;;
-- A follower count written, removed or changed decides the posts of its account from its day up to
-- the account's next count ('z' sorts after every date: no next count). Only those: importing a
-- year of counts oldest first would otherwise work each post out again for every count before it.
CREATE TRIGGER post_figures_follower_insert AFTER INSERT ON follower_snapshots BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT post_id FROM account_posts WHERE account_id = new.account_id AND day >= new.snapshot_date
                      AND day < coalesce((SELECT min(snapshot_date) FROM follower_snapshots
                                          WHERE account_id = new.account_id AND snapshot_date > new.snapshot_date), 'z'));
END;
;;
CREATE TRIGGER post_figures_follower_delete AFTER DELETE ON follower_snapshots BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT post_id FROM account_posts WHERE account_id = old.account_id AND day >= old.snapshot_date
                      AND day < coalesce((SELECT min(snapshot_date) FROM follower_snapshots
                                          WHERE account_id = old.account_id AND snapshot_date > old.snapshot_date), 'z'));
END;
;;
CREATE TRIGGER post_figures_follower_update AFTER UPDATE OF account_id, snapshot_date, followers ON follower_snapshots
BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT post_id FROM account_posts WHERE account_id = old.account_id AND day >= old.snapshot_date
                      AND day < coalesce((SELECT min(snapshot_date) FROM follower_snapshots
                                          WHERE account_id = old.account_id AND snapshot_date > old.snapshot_date), 'z')
                      UNION
                      SELECT post_id FROM account_posts WHERE account_id = new.account_id AND day >= new.snapshot_date
                      AND day < coalesce((SELECT min(snapshot_date) FROM follower_snapshots
                                          WHERE account_id = new.account_id AND snapshot_date > new.snapshot_date), 'z'));
END;
;;
-- An account moved to another creator or platform, or removed (its counts go with it in a cascade,
-- whose own triggers no longer find the account): every post of its old and new creator and platform.
CREATE TRIGGER post_figures_account AFTER UPDATE OF creator_id, platform ON accounts BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT po.id FROM participants pa JOIN posts po ON po.participant_id = pa.id
                      WHERE pa.creator_id = old.creator_id AND po.platform = old.platform
                      UNION SELECT post_id FROM account_posts WHERE account_id = new.id);
END;
;;
CREATE TRIGGER post_figures_account_delete AFTER DELETE ON accounts BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT po.id FROM participants pa JOIN posts po ON po.participant_id = pa.id
                      WHERE pa.creator_id = old.creator_id AND po.platform = old.platform);
END;
;;
-- A post's day, platform or participation changed, or a participation given to another creator.
CREATE TRIGGER post_figures_post AFTER UPDATE OF posted_at, platform, participant_id ON posts BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id = new.id;
END;
;;
CREATE TRIGGER post_figures_participant AFTER UPDATE OF creator_id ON participants BEGIN
    UPDATE post_latest SET followers_at_post = (SELECT followers_at_post FROM post_figures f
                                                WHERE f.post_id = post_latest.post_id)
    WHERE post_id IN (SELECT id FROM posts WHERE participant_id = new.id);
END;
;;
-- The posts of a window of days with what the 90-day engagement joins and groups them by, so the
-- posts themselves are not read (the large demo's 12,321 posts of one window: 0.15 s -> 0.09 s with
-- the figures above, sqlite3 shell).
DROP INDEX posts_posted;
;;
CREATE INDEX posts_posted ON posts(posted_at, participant_id, platform, url_key);
;;
-- The existing posts' figures are written by summaries::rebuildFigures() in the same migration step.
