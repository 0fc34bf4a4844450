-- CollabDesk workspace schema, version 11: each post's views, link clicks and promo-code uses kept
-- with its other figures. FROZEN once released.
-- A campaign's KPIs (the dashboard's running campaigns, the Campaigns page, reports) read each post
-- with its latest snapshot's counts. v9 kept likes, comments, shares, saves, reach, impressions and
-- revenue beside the latest snapshot in post_latest, but not views, link clicks and promo-code uses,
-- so every post still took a seek into millions of snapshots for those three: the running
-- campaigns' posts on the agency demo 13-18 ms against 8-10 from post_latest alone (sqlite3 shell,
-- a fresh connection, the file in the page cache; warm, large: 33 against 18-23). v9's view and its
-- two triggers that write the counts are made again with the three added; `collabdesk-cli check`
-- compares them.

ALTER TABLE post_latest ADD COLUMN views INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN link_clicks INTEGER;
;;
ALTER TABLE post_latest ADD COLUMN promo_uses INTEGER;
;;
DROP VIEW post_figures;
;;
CREATE VIEW post_figures AS
SELECT pl.post_id, s.likes, s.comments, s.shares, s.saves, s.reach, s.impressions, s.revenue_minor,
       (SELECT f.followers FROM participants pa
        JOIN accounts a ON a.creator_id = pa.creator_id AND a.platform = po.platform
        JOIN follower_snapshots f ON f.account_id = a.id
        WHERE pa.id = po.participant_id AND f.snapshot_date <= substr(po.posted_at, 1, 10)
        ORDER BY f.snapshot_date DESC LIMIT 1) AS followers_at_post,
       s.views, s.link_clicks, s.promo_uses
FROM post_latest pl
JOIN post_metric_snapshots s ON s.id = pl.snapshot_id
JOIN posts po ON po.id = pl.post_id;
;;
DROP TRIGGER post_figures_fill;
;;
CREATE TRIGGER post_figures_fill AFTER INSERT ON post_latest BEGIN
    UPDATE post_latest SET (likes, comments, shares, saves, reach, impressions, revenue_minor, followers_at_post,
                            views, link_clicks, promo_uses) =
        (SELECT likes, comments, shares, saves, reach, impressions, revenue_minor, followers_at_post, views,
                link_clicks, promo_uses FROM post_figures WHERE post_id = new.post_id)
    WHERE post_id = new.post_id;
END;
;;
DROP TRIGGER post_figures_counts;
;;
CREATE TRIGGER post_figures_counts AFTER UPDATE OF likes, comments, shares, saves, reach, impressions, revenue_minor,
    views, link_clicks, promo_uses
ON post_metric_snapshots WHEN new.id = (SELECT snapshot_id FROM post_latest WHERE post_id = new.post_id) BEGIN
    UPDATE post_latest SET (likes, comments, shares, saves, reach, impressions, revenue_minor, views, link_clicks,
                            promo_uses) =
        (SELECT likes, comments, shares, saves, reach, impressions, revenue_minor, views, link_clicks, promo_uses
         FROM post_metric_snapshots WHERE id = new.id)
    WHERE post_id = new.post_id;
END;
;;
-- The existing posts' three counts, from their latest snapshot (a seek each).
UPDATE post_latest SET (views, link_clicks, promo_uses) =
    (SELECT views, link_clicks, promo_uses FROM post_metric_snapshots s WHERE s.id = post_latest.snapshot_id);
