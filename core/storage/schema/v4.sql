-- CollabDesk workspace schema, version 4: erasure on request. FROZEN once released.
-- Indonesia's personal data protection law (UU PDP) lets a person have their data erased; each
-- erasure of a creator's personal data is logged here (domain.md "Records"). The log holds nothing
-- personal: the creator's row id, the anonymous name the rows carry now, what was removed and what
-- was kept (tax records) as counts.

CREATE TABLE erasures (
    id         INTEGER PRIMARY KEY,
    creator_id INTEGER REFERENCES creators(id) ON DELETE SET NULL,
    label      TEXT NOT NULL,
    erased_at  TEXT NOT NULL,
    removed    TEXT NOT NULL DEFAULT '{}', -- JSON: counts per kind of data removed or anonymised
    kept       TEXT NOT NULL DEFAULT '{}'  -- JSON: tax records kept for their retention
);
;;
CREATE INDEX erasures_creator ON erasures(creator_id) WHERE creator_id IS NOT NULL;
