-- CollabDesk workspace schema, version 11, for a PostgreSQL server workspace: schema/v11.sql's
-- views, link clicks and promo-code uses kept beside each post's other figures, written with the kept
-- row by v9's functions (replaced below with the three added). FROZEN once released.

ALTER TABLE post_latest ADD COLUMN views bigint, ADD COLUMN link_clicks bigint, ADD COLUMN promo_uses bigint;
;;
-- Columns may only be added at the end of a view that is replaced (its grants stay).
CREATE OR REPLACE VIEW post_figures AS
SELECT pl.post_id, s.likes, s.comments, s.shares, s.saves, s.reach, s.impressions, s.revenue_minor,
       post_followers_at(pl.post_id) AS followers_at_post, s.views, s.link_clicks, s.promo_uses
FROM post_latest pl
JOIN post_metric_snapshots s ON s.id = pl.snapshot_id;
;;
CREATE OR REPLACE FUNCTION post_latest_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date, likes, comments, shares, saves, reach, impressions,
                             revenue_minor, views, link_clicks, promo_uses)
    VALUES (NEW.post_id, NEW.id, NEW.snapshot_date, NEW.likes, NEW.comments, NEW.shares, NEW.saves, NEW.reach,
            NEW.impressions, NEW.revenue_minor, NEW.views, NEW.link_clicks, NEW.promo_uses)
    ON CONFLICT (post_id) DO UPDATE SET snapshot_id = EXCLUDED.snapshot_id, snapshot_date = EXCLUDED.snapshot_date,
        likes = EXCLUDED.likes, comments = EXCLUDED.comments, shares = EXCLUDED.shares, saves = EXCLUDED.saves,
        reach = EXCLUDED.reach, impressions = EXCLUDED.impressions, revenue_minor = EXCLUDED.revenue_minor,
        views = EXCLUDED.views, link_clicks = EXCLUDED.link_clicks, promo_uses = EXCLUDED.promo_uses
    WHERE post_latest.snapshot_date <= EXCLUDED.snapshot_date;
    RETURN NULL;
END $$;
;;
CREATE OR REPLACE FUNCTION post_latest_reread(post bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM post_latest WHERE post_id = post;
    INSERT INTO post_latest (post_id, snapshot_id, snapshot_date, likes, comments, shares, saves, reach, impressions,
                             revenue_minor, views, link_clicks, promo_uses)
    SELECT post_id, id, snapshot_date, likes, comments, shares, saves, reach, impressions, revenue_minor, views,
           link_clicks, promo_uses
    FROM post_metric_snapshots WHERE post_id = post ORDER BY snapshot_date DESC LIMIT 1;
END $$;
;;
CREATE OR REPLACE FUNCTION post_figures_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_latest SET likes = NEW.likes, comments = NEW.comments, shares = NEW.shares, saves = NEW.saves,
        reach = NEW.reach, impressions = NEW.impressions, revenue_minor = NEW.revenue_minor, views = NEW.views,
        link_clicks = NEW.link_clicks, promo_uses = NEW.promo_uses
    WHERE post_id = NEW.post_id AND snapshot_id = NEW.id;
    RETURN NULL;
END $$;
;;
DROP TRIGGER post_figures_counts ON post_metric_snapshots;
;;
CREATE TRIGGER post_figures_counts AFTER UPDATE OF likes, comments, shares, saves, reach, impressions, revenue_minor,
    views, link_clicks, promo_uses
ON post_metric_snapshots FOR EACH ROW EXECUTE FUNCTION post_figures_counts();
;;
-- The existing posts' three counts, from their latest snapshot.
UPDATE post_latest pl SET views = s.views, link_clicks = s.link_clicks, promo_uses = s.promo_uses
FROM post_metric_snapshots s WHERE s.id = pl.snapshot_id;
