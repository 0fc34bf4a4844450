-- Data of the schema v1 fixture workspace-v1.collabdesk: one or more rows in every table, so each
-- later migration is tested on a real v1 file. Rebuild (only ever for v1, which is frozen):
--   collabdesk-cli --db workspace-v1.collabdesk init && sqlite3 workspace-v1.collabdesk < workspace-v1.sql
-- then VACUUM and PRAGMA journal_mode=DELETE, so the fixture is one self-contained file.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO settings VALUES ('tier.micro', '10000'), ('default_currency', 'IDR');
INSERT INTO brands (id, name, name_key, category, contact_email, notes, created_at, updated_at) VALUES
  (1, 'Teh Segar', 'teh segar', 'beverages', 'marketing@tehsegar.example', '', '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z'),
  (2, 'Kopi Kita', 'kopi kita', 'beverages', '', 'rival', '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z');
INSERT INTO brand_competitors VALUES (1, 0, 'Kopi Kita', 'kopi kita'), (1, 1, 'Es Jeruk Co', 'es jeruk co');
INSERT INTO creators (id, name, name_key, status, niche, country, email, phone, manager, notes, created_at, updated_at) VALUES
  (1, 'Rina Wijaya', 'rina wijaya', 'active', 'food', 'ID', 'rina@example.id', '+62 812 555 0101', 'Dewi Lestari', 'Loves street food', '2026-01-03T09:00:00Z', '2026-01-03T09:00:00Z'),
  (2, 'Alex Chen', 'alex chen', 'active', 'tech', 'SG', '', '', '', '', '2026-01-03T09:00:00Z', '2026-01-03T09:00:00Z'),
  (3, 'Budi Santoso', 'budi santoso', 'archived', 'travel', 'ID', '', '', 'Dewi Lestari', '', '2026-01-03T09:00:00Z', '2026-01-03T09:00:00Z');
INSERT INTO creator_tags VALUES (1, 'halal', 'halal'), (1, 'Jakarta', 'jakarta');
INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) VALUES
  (1, 1, 'instagram', 'rina.eats', 'rina.eats', '2026-01-03T09:00:00Z'),
  (2, 1, 'tiktok', 'RinaEats', 'rinaeats', '2026-01-03T09:00:00Z'),
  (3, 2, 'youtube', 'alexchentech', 'alexchentech', '2026-01-03T09:00:00Z'),
  (4, 3, 'instagram', 'budi.jalan', 'budi.jalan', '2026-01-03T09:00:00Z');
INSERT INTO follower_snapshots (account_id, snapshot_date, followers, source, approximate) VALUES
  (1, '2026-02-28', 48000, 'manual', 0), (1, '2026-04-01', 52500, 'creators.csv', 0),
  (2, '2026-02-28', 120000, 'manual', 0), (3, '2026-02-28', 1250000, 'manual', 0), (4, '2026-01-10', 8000, 'manual', 1);
INSERT INTO rate_cards (creator_id, platform, content_type, amount_minor, currency, notes) VALUES
  (1, 'instagram', 'reel', 3500000, 'IDR', ''), (2, 'youtube', 'video', 1500000, 'USD', 'integration');
INSERT INTO audience_demographics (creator_id, platform, dimension, bucket, share_bp, as_of) VALUES
  (1, '', 'age', '18-24', 4200, '2026-02-01'), (1, '', 'gender', 'female', 6800, '2026-02-01'), (1, 'instagram', 'country', 'ID', 9100, '2026-02-01');
INSERT INTO vetting_answers VALUES (1, 1, 'Yes, 18-34 urban women', 5, '2026-02-01'), (1, 10, 'No competitor deals', 4, '2026-02-01');
INSERT INTO campaigns (id, name, name_key, brand_id, goal, status, start_date, end_date, budget_minor, currency, content_type,
  duration_seconds, caption_guidance, disclosure_required, post_window_start, post_window_end, kpi_posts, kpi_views,
  kpi_engagement_rate_bp, kpi_new_followers, kpi_link_clicks, kpi_revenue_minor, notes, created_at, updated_at) VALUES
  (1, 'Ramadan Refresh 2026', 'ramadan refresh 2026', 1, 'awareness', 'active', '2026-03-01', '2026-03-31', 50000000, 'IDR',
   'product review', 60, 'Mention the new bottle', 1, '2026-03-05', '2026-03-25', 6, 200000, 400, 2000, 300, 100000000, '',
   '2026-02-01T09:00:00Z', '2026-02-01T09:00:00Z'),
  (2, 'Kopi Launch', 'kopi launch', 2, 'sales', 'planned', '2026-05-01', NULL, 2000000, 'USD', '', NULL, '', 0, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, '', '2026-02-01T09:00:00Z', '2026-02-01T09:00:00Z');
INSERT INTO campaign_platforms VALUES (1, 'instagram'), (1, 'tiktok');
INSERT INTO campaign_tags VALUES (1, 'hashtag', 0, 'TehSegar', 'tehsegar', 'brand'), (1, 'hashtag', 1, 'SegarkanRamadan', 'segarkanramadan', 'campaign'),
  (1, 'mention', 0, 'tehsegar.id', 'tehsegar.id', ''), (1, 'disclosure', 0, 'KolaborasiBerbayar', 'kolaborasiberbayar', '');
INSERT INTO participants (id, campaign_id, creator_id, status, fee_minor, commission_rate_bp, product_value_minor, points,
  point_value_minor, deposit_minor, notes, created_at, updated_at) VALUES
  (1, 1, 1, 'confirmed', 5000000, 1000, 250000, NULL, NULL, 1500000, '', '2026-02-02T09:00:00Z', '2026-02-02T09:00:00Z'),
  (2, 1, 2, 'declined', 12000000, NULL, NULL, 500, 10, NULL, '', '2026-02-02T09:00:00Z', '2026-02-02T09:00:00Z');
INSERT INTO deliverables (id, participant_id, platform, title, title_key, format, due_date, status, revision_limit,
  revisions_used, post_url, post_url_key, posted_at, caption, created_at, updated_at) VALUES
  (1, 1, 'instagram', 'Iftar reel', 'iftar reel', 'reel', '2026-03-10', 'posted', 2, 1,
   'https://www.instagram.com/reel/ABC123/', 'instagram.com/reel/ABC123', '2026-03-12',
   'Buka puasa with #TehSegar #SegarkanRamadan @tehsegar.id #KolaborasiBerbayar', '2026-02-02T09:00:00Z', '2026-03-12T09:00:00Z');
INSERT INTO deliverable_feedback (deliverable_id, created_at, author, body) VALUES (1, '2026-03-08T09:00:00Z', 'Brand', 'Show the bottle label');
INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES
  (1, 1, 'instagram', 'https://www.instagram.com/reel/ABC123/', 'instagram.com/reel/ABC123', '2026-03-12');
INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, impressions, reach, likes, comments, shares, saves,
  link_clicks, promo_uses, revenue_minor, caption, source, approximate) VALUES
  (1, '2026-03-13', 20000, 26000, 15000, 1800, 120, 40, 60, 90, 12, 3000000, '', 'manual', 0),
  (1, '2026-03-20', 41000, NULL, 30000, 3100, 210, 75, 140, 160, 25, 6000000, '', 'post_metrics.csv', 0);
INSERT INTO contracts (id, participant_id, status, signed_date, rights_in_use, created_at, updated_at) VALUES
  (1, 1, 'signed', '2026-02-20', 1, '2026-02-10T09:00:00Z', '2026-02-20T09:00:00Z');
INSERT INTO contract_status_changes (contract_id, status, changed_on, note) VALUES
  (1, 'draft', '2026-02-10', ''), (1, 'sent', '2026-02-12', ''), (1, 'signed', '2026-02-20', 'signed by both');
INSERT INTO contract_versions (id, contract_id, version, language, end_date, exclusivity_category, exclusivity_start,
  exclusivity_end, usage_start, usage_end, paid_ads, revision_rounds, payment_terms_days, kill_fee_minor,
  cancellation_notice_days, governing_law, template, body, created_at) VALUES
  (1, 1, 1, 'id', '2026-06-30', 'beverages', '2026-03-01', '2026-06-30', '2026-03-01', '2026-09-30', 0, 2, 30, 1000000, 7,
   'Indonesia', 'standard', 'Perjanjian kerja sama ...', '2026-02-10T09:00:00Z'),
  (2, 1, 2, 'id', '2026-06-30', 'beverages', '2026-03-01', '2026-06-30', '2026-03-01', '2026-12-31', 1, 2, 30, 1000000, 7,
   'Indonesia', 'standard', 'Perjanjian kerja sama (rev 2) ...', '2026-02-15T09:00:00Z');
INSERT INTO contract_version_competitors VALUES (2, 0, 'Kopi Kita', 'kopi kita');
INSERT INTO contract_version_usage_channels VALUES (2, 'instagram'), (2, 'website');
INSERT INTO payments (participant_id, kind, amount_minor, due_date, paid_date, reference, notes, created_at, updated_at) VALUES
  (1, 'deposit', 1500000, '2026-02-25', '2026-02-24', 'TRX-001', '', '2026-02-20T09:00:00Z', '2026-02-24T09:00:00Z'),
  (1, 'fee', 3500000, '2026-04-15', NULL, '', '', '2026-02-20T09:00:00Z', '2026-02-20T09:00:00Z');
INSERT INTO attachments (deliverable_id, file_name, mime_type, size_bytes, sha256, content, added_at) VALUES
  (1, 'insights.png', 'image/png', 4, '3d4f2bf07dc1be38b20cd6e46949a1071f9d0e3d', X'89504E47', '2026-03-20T09:00:00Z');
COMMIT;
