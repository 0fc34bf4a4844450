-- CollabDesk workspace schema, version 10: each account's follower counts readable from an index
-- alone. FROZEN once released.
-- Most reads of follower counts want one count: an account's latest on or before a day (the
-- dashboard's growth 30 days ago, a post's followers on its day, a chart's days, the count before a
-- new one that the v7 and v8 triggers compare with). The (account_id, snapshot_date) key finds the
-- row, but its count sat in the table: one more page read per lookup, from anywhere in millions of
-- rows. With the count in the index too the lookup ends in the index. Measured (sqlite3 shell and
-- kpi_bench, files in the page cache): the dashboard's growth part 38 -> 24 ms on the agency demo's
-- 10,664 accounts; on the large demo's 11 million counts the accounts' read 0.28-0.39 s -> 0.15-0.17
-- s. The demo files grow by 9% at agency (+16 MB) and 21% at large (+328 MB); building it on the
-- large demo took 7 s.

CREATE INDEX follower_snapshots_counts ON follower_snapshots(account_id, snapshot_date, followers);
