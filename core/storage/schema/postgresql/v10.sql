-- CollabDesk workspace schema, version 10, for a PostgreSQL server workspace: schema/v10.sql's index
-- of each account's follower counts, so that one count is read from the index alone (an index-only
-- scan where the table's pages are all visible). FROZEN once released.

CREATE INDEX follower_snapshots_counts ON follower_snapshots(account_id, snapshot_date, followers);
