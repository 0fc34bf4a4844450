-- CollabDesk workspace schema, version 3: the talent manager's desk. FROZEN once released.
-- Managers become records (domain.md "The talent manager's desk"): the free-text creators.manager
-- of v1/v2 is moved into them by the C++ part of this step (names are matched by their key, which
-- SQL cannot compute), then dropped. Follow-ups are dated notes on one record. The workspace's own
-- id (settings key workspace_id, a UUID) is added by that C++ part too: calendar UIDs are built from it.

CREATE TABLE managers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    email      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
;;
-- Deleting a manager leaves their creators without one (never deletes a creator).
ALTER TABLE creators ADD COLUMN manager_id INTEGER REFERENCES managers(id) ON DELETE SET NULL;
;;
CREATE INDEX creators_manager ON creators(manager_id) WHERE manager_id IS NOT NULL;
;;
-- A dated note on exactly one creator, brand, campaign or participant (a deal), open until done.
-- manager_id: whose follow-up it is (NULL: whoever manages the creator it is about, or anyone).
CREATE TABLE followups (
    id             INTEGER PRIMARY KEY,
    creator_id     INTEGER REFERENCES creators(id) ON DELETE CASCADE,
    brand_id       INTEGER REFERENCES brands(id) ON DELETE CASCADE,
    campaign_id    INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    due_date       TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note           TEXT NOT NULL CHECK (length(trim(note)) > 0),
    done_on        TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    manager_id     INTEGER REFERENCES managers(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((creator_id IS NOT NULL) + (brand_id IS NOT NULL) + (campaign_id IS NOT NULL)
           + (participant_id IS NOT NULL) = 1)
);
;;
CREATE INDEX followups_open ON followups(due_date) WHERE done_on IS NULL;
;;
CREATE INDEX followups_creator ON followups(creator_id) WHERE creator_id IS NOT NULL;
;;
CREATE INDEX followups_brand ON followups(brand_id) WHERE brand_id IS NOT NULL;
;;
CREATE INDEX followups_campaign ON followups(campaign_id) WHERE campaign_id IS NOT NULL;
;;
CREATE INDEX followups_participant ON followups(participant_id) WHERE participant_id IS NOT NULL;
