-- CollabDesk workspace schema, version 1. FROZEN: never edit once released; change the schema with
-- a numbered migration (v2.sql, ...) and a fixture in tests/data/.
-- Conventions: money is INTEGER minor units in the currency of its campaign (or its own currency
-- column); percents are INTEGER hundredths of a percent (4.5% = 450); dates are TEXT 'YYYY-MM-DD';
-- timestamps are TEXT ISO 8601 UTC; *_key columns hold the comparison form of a name or handle.
-- Statements are separated by lines holding only ';;' (triggers contain ';').

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
;;
CREATE TABLE brands (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
;;
-- Competitors are names, not references: they need not exist as brands.
CREATE TABLE brand_competitors (
    brand_id INTEGER NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (brand_id, position),
    UNIQUE (brand_id, name_key)
);
;;
CREATE TABLE creators (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    niche      TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    manager    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
;;
CREATE INDEX creators_status ON creators(status);
;;
CREATE TABLE creator_tags (
    creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    tag_key    TEXT NOT NULL,
    PRIMARY KEY (creator_id, tag_key)
);
;;
CREATE INDEX creator_tags_tag ON creator_tags(tag_key);
;;
-- One account per creator and platform; a handle belongs to one creator per platform.
CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    handle     TEXT NOT NULL,
    handle_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (creator_id, platform),
    UNIQUE (platform, handle_key)
);
;;
CREATE TABLE follower_snapshots (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    snapshot_date TEXT NOT NULL CHECK (snapshot_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    followers     INTEGER NOT NULL CHECK (followers >= 0),
    source        TEXT NOT NULL DEFAULT '',
    approximate   INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    UNIQUE (account_id, snapshot_date)
);
;;
CREATE TABLE rate_cards (
    id           INTEGER PRIMARY KEY,
    creator_id   INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    content_type TEXT NOT NULL CHECK (content_type IN ('video', 'reel', 'story', 'post', 'short', 'live', 'blog_post')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    notes        TEXT NOT NULL DEFAULT '',
    UNIQUE (creator_id, platform, content_type, currency)
);
;;
-- Audience shares per dimension: age band ('18-24'), gender ('female'), country ('ID').
-- platform '' means across all the creator's platforms.
CREATE TABLE audience_demographics (
    id         INTEGER PRIMARY KEY,
    creator_id INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL DEFAULT '' CHECK (platform IN ('', 'tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    dimension  TEXT NOT NULL CHECK (dimension IN ('age', 'gender', 'country')),
    bucket     TEXT NOT NULL,
    share_bp   INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
    as_of      TEXT,
    UNIQUE (creator_id, platform, dimension, bucket)
);
;;
-- The 12 vetting questions of domain.md, answered per creator, each scored 0-5.
CREATE TABLE vetting_answers (
    creator_id  INTEGER NOT NULL REFERENCES creators(id) ON DELETE CASCADE,
    question    INTEGER NOT NULL CHECK (question BETWEEN 1 AND 12),
    answer      TEXT NOT NULL DEFAULT '',
    score       INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 5),
    answered_on TEXT,
    PRIMARY KEY (creator_id, question)
);
;;
CREATE TABLE campaigns (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    name_key           TEXT NOT NULL UNIQUE,
    brand_id           INTEGER NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
    goal               TEXT CHECK (goal IS NULL OR goal IN ('awareness', 'follower_growth', 'engagement', 'traffic', 'sales')),
    status             TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'planned', 'active', 'completed', 'cancelled')),
    start_date         TEXT NOT NULL,
    end_date           TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    budget_minor       INTEGER CHECK (budget_minor IS NULL OR budget_minor >= 0),
    currency           TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    -- brief
    content_type       TEXT NOT NULL DEFAULT '',
    duration_seconds   INTEGER CHECK (duration_seconds IS NULL OR duration_seconds > 0),
    caption_guidance   TEXT NOT NULL DEFAULT '',
    disclosure_required INTEGER NOT NULL DEFAULT 0 CHECK (disclosure_required IN (0, 1)),
    post_window_start  TEXT,
    post_window_end    TEXT CHECK (post_window_end IS NULL OR post_window_start IS NULL OR post_window_end >= post_window_start),
    -- KPI targets (NULL: no target)
    kpi_posts          INTEGER CHECK (kpi_posts IS NULL OR kpi_posts >= 0),
    kpi_views          INTEGER CHECK (kpi_views IS NULL OR kpi_views >= 0),
    kpi_engagement_rate_bp INTEGER CHECK (kpi_engagement_rate_bp IS NULL OR kpi_engagement_rate_bp >= 0),
    kpi_new_followers  INTEGER CHECK (kpi_new_followers IS NULL OR kpi_new_followers >= 0),
    kpi_link_clicks    INTEGER CHECK (kpi_link_clicks IS NULL OR kpi_link_clicks >= 0),
    kpi_revenue_minor  INTEGER CHECK (kpi_revenue_minor IS NULL OR kpi_revenue_minor >= 0),
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
;;
CREATE INDEX campaigns_brand ON campaigns(brand_id);
;;
CREATE INDEX campaigns_status ON campaigns(status, start_date);
;;
CREATE TABLE campaign_platforms (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    platform    TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    PRIMARY KEY (campaign_id, platform)
);
;;
-- Mandatory hashtags (kind 'hashtag', with a group: brand, campaign or generic), required mentions
-- ('mention') and the campaign's own disclosure markers ('disclosure'). Stored without '#'/'@'.
CREATE TABLE campaign_tags (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('hashtag', 'mention', 'disclosure')),
    position    INTEGER NOT NULL,
    tag         TEXT NOT NULL,
    tag_key     TEXT NOT NULL,
    tag_group   TEXT NOT NULL DEFAULT '' CHECK (tag_group IN ('', 'brand', 'campaign', 'generic')),
    PRIMARY KEY (campaign_id, kind, tag_key)
);
;;
CREATE TABLE participants (
    id                   INTEGER PRIMARY KEY,
    campaign_id          INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    creator_id           INTEGER NOT NULL REFERENCES creators(id) ON DELETE RESTRICT,
    status               TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('invited', 'negotiating', 'confirmed', 'declined', 'cancelled', 'completed')),
    fee_minor            INTEGER CHECK (fee_minor IS NULL OR fee_minor >= 0),
    commission_rate_bp   INTEGER CHECK (commission_rate_bp IS NULL OR commission_rate_bp BETWEEN 0 AND 10000),
    product_value_minor  INTEGER CHECK (product_value_minor IS NULL OR product_value_minor >= 0),
    points               INTEGER CHECK (points IS NULL OR points >= 0),
    point_value_minor    INTEGER CHECK (point_value_minor IS NULL OR point_value_minor >= 0),
    deposit_minor        INTEGER CHECK (deposit_minor IS NULL OR (deposit_minor >= 0 AND deposit_minor <= coalesce(fee_minor, 0))),
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (campaign_id, creator_id)
);
;;
CREATE INDEX participants_creator ON participants(creator_id);
;;
CREATE TABLE deliverables (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    platform       TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    title          TEXT NOT NULL,
    title_key      TEXT NOT NULL,
    format         TEXT CHECK (format IS NULL OR format IN ('video', 'reel', 'story', 'post', 'short', 'live', 'blog_post')),
    due_date       TEXT,
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'draft_submitted', 'revision_requested', 'approved', 'posted', 'verified')),
    revision_limit INTEGER CHECK (revision_limit IS NULL OR revision_limit >= 0),
    revisions_used INTEGER NOT NULL DEFAULT 0 CHECK (revisions_used >= 0),
    post_url       TEXT NOT NULL DEFAULT '',
    post_url_key   TEXT NOT NULL DEFAULT '',
    posted_at      TEXT,
    caption        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (participant_id, platform, title_key)
);
;;
CREATE INDEX deliverables_due ON deliverables(due_date);
;;
CREATE INDEX deliverables_post ON deliverables(participant_id, platform, post_url_key);
;;
-- Feedback on drafts, one row per round.
CREATE TABLE deliverable_feedback (
    id             INTEGER PRIMARY KEY,
    deliverable_id INTEGER NOT NULL REFERENCES deliverables(id) ON DELETE CASCADE,
    created_at     TEXT NOT NULL,
    author         TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL
);
;;
CREATE INDEX deliverable_feedback_deliverable ON deliverable_feedback(deliverable_id);
;;
-- A post is one (participant = campaign + creator, platform, normalised URL) with one posted_at.
CREATE TABLE posts (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    platform       TEXT NOT NULL CHECK (platform IN ('tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    url            TEXT NOT NULL,
    url_key        TEXT NOT NULL,
    posted_at      TEXT NOT NULL,
    UNIQUE (participant_id, platform, url_key)
);
;;
CREATE INDEX posts_url ON posts(url_key);
;;
CREATE INDEX posts_posted ON posts(posted_at);
;;
-- A post's numbers on one day; NULL is "not given", never zero. Money is in the campaign's currency.
CREATE TABLE post_metric_snapshots (
    id            INTEGER PRIMARY KEY,
    post_id       INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    snapshot_date TEXT NOT NULL CHECK (snapshot_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    views         INTEGER CHECK (views IS NULL OR views >= 0),
    impressions   INTEGER CHECK (impressions IS NULL OR impressions >= 0),
    reach         INTEGER CHECK (reach IS NULL OR reach >= 0),
    likes         INTEGER CHECK (likes IS NULL OR likes >= 0),
    comments      INTEGER CHECK (comments IS NULL OR comments >= 0),
    shares        INTEGER CHECK (shares IS NULL OR shares >= 0),
    saves         INTEGER CHECK (saves IS NULL OR saves >= 0),
    link_clicks   INTEGER CHECK (link_clicks IS NULL OR link_clicks >= 0),
    promo_uses    INTEGER CHECK (promo_uses IS NULL OR promo_uses >= 0),
    revenue_minor INTEGER CHECK (revenue_minor IS NULL OR revenue_minor >= 0),
    caption       TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    approximate   INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    UNIQUE (post_id, snapshot_date)
);
;;
-- One contract per participant; its terms live in versions (a change to a sent contract makes one).
CREATE TABLE contracts (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL UNIQUE REFERENCES participants(id) ON DELETE CASCADE,
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'negotiating', 'signed', 'active', 'expired', 'terminated')),
    signed_date    TEXT,
    rights_in_use  INTEGER NOT NULL DEFAULT 0 CHECK (rights_in_use IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
;;
CREATE INDEX contracts_status ON contracts(status);
;;
CREATE TABLE contract_status_changes (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'negotiating', 'signed', 'active', 'expired', 'terminated')),
    changed_on  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
;;
CREATE INDEX contract_status_changes_contract ON contract_status_changes(contract_id);
;;
CREATE TABLE contract_versions (
    id                       INTEGER PRIMARY KEY,
    contract_id              INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    version                  INTEGER NOT NULL CHECK (version >= 1),
    language                 TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'id')),
    end_date                 TEXT,
    exclusivity_category     TEXT NOT NULL DEFAULT '',
    exclusivity_start        TEXT,
    exclusivity_end          TEXT CHECK (exclusivity_end IS NULL OR exclusivity_start IS NULL OR exclusivity_end >= exclusivity_start),
    usage_start              TEXT,
    usage_end                TEXT CHECK (usage_end IS NULL OR usage_start IS NULL OR usage_end >= usage_start),
    paid_ads                 INTEGER NOT NULL DEFAULT 0 CHECK (paid_ads IN (0, 1)),
    revision_rounds          INTEGER CHECK (revision_rounds IS NULL OR revision_rounds >= 0),
    payment_terms_days       INTEGER CHECK (payment_terms_days IS NULL OR payment_terms_days >= 0),
    kill_fee_minor           INTEGER CHECK (kill_fee_minor IS NULL OR kill_fee_minor >= 0),
    cancellation_notice_days INTEGER CHECK (cancellation_notice_days IS NULL OR cancellation_notice_days >= 0),
    governing_law            TEXT NOT NULL DEFAULT '',
    template                 TEXT NOT NULL DEFAULT '',
    body                     TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    UNIQUE (contract_id, version)
);
;;
CREATE TABLE contract_version_competitors (
    version_id INTEGER NOT NULL REFERENCES contract_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    PRIMARY KEY (version_id, position)
);
;;
CREATE TABLE contract_version_usage_channels (
    version_id INTEGER NOT NULL REFERENCES contract_versions(id) ON DELETE CASCADE,
    channel    TEXT NOT NULL CHECK (channel IN ('organic', 'website', 'email', 'print', 'ooh', 'tiktok', 'instagram', 'youtube', 'facebook', 'x', 'blog')),
    PRIMARY KEY (version_id, channel)
);
;;
CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('deposit', 'fee', 'commission', 'points', 'kill_fee', 'reimbursement', 'other')),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    due_date       TEXT,
    paid_date      TEXT,
    reference      TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
;;
CREATE INDEX payments_participant ON payments(participant_id);
;;
CREATE INDEX payments_due ON payments(paid_date, due_date);
;;
-- Files kept inside the workspace (proof screenshots, signed scans), each owned by exactly one record.
CREATE TABLE attachments (
    id                    INTEGER PRIMARY KEY,
    creator_id            INTEGER REFERENCES creators(id) ON DELETE CASCADE,
    campaign_id           INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
    deliverable_id        INTEGER REFERENCES deliverables(id) ON DELETE CASCADE,
    contract_version_id   INTEGER REFERENCES contract_versions(id) ON DELETE CASCADE,
    post_snapshot_id      INTEGER REFERENCES post_metric_snapshots(id) ON DELETE CASCADE,
    follower_snapshot_id  INTEGER REFERENCES follower_snapshots(id) ON DELETE CASCADE,
    payment_id            INTEGER REFERENCES payments(id) ON DELETE CASCADE,
    file_name             TEXT NOT NULL,
    mime_type             TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes            INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256                TEXT NOT NULL,
    content               BLOB NOT NULL,
    added_at              TEXT NOT NULL,
    CHECK ((creator_id IS NOT NULL) + (campaign_id IS NOT NULL) + (deliverable_id IS NOT NULL)
           + (contract_version_id IS NOT NULL) + (post_snapshot_id IS NOT NULL)
           + (follower_snapshot_id IS NOT NULL) + (payment_id IS NOT NULL) = 1)
);
;;
CREATE INDEX attachments_creator ON attachments(creator_id) WHERE creator_id IS NOT NULL;
;;
CREATE INDEX attachments_campaign ON attachments(campaign_id) WHERE campaign_id IS NOT NULL;
;;
CREATE INDEX attachments_deliverable ON attachments(deliverable_id) WHERE deliverable_id IS NOT NULL;
;;
CREATE INDEX attachments_contract_version ON attachments(contract_version_id) WHERE contract_version_id IS NOT NULL;
;;
CREATE INDEX attachments_post_snapshot ON attachments(post_snapshot_id) WHERE post_snapshot_id IS NOT NULL;
;;
CREATE INDEX attachments_follower_snapshot ON attachments(follower_snapshot_id) WHERE follower_snapshot_id IS NOT NULL;
;;
CREATE INDEX attachments_payment ON attachments(payment_id) WHERE payment_id IS NOT NULL;
