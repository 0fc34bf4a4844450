-- CollabDesk workspace schema, version 6: who changed a record, and who a manager signs in as.
-- FROZEN once released. Written for team mode (a workspace on a server, several people at once), and
-- the same in a file so that a workspace moves between the two with every column.
-- - updated_by: who last saved the record, beside updated_at. A server fills it in itself with the
--   database role that saved (postgresql/v6.sql); a file has one person at a time and leaves it ''.
--   Shown when a save is refused because someone changed the record after it was opened.
-- - managers.role: the database role a talent manager signs in as on a server; the server's
--   row-level security lets that role change its own creators' records only. '' when not set.
;;
ALTER TABLE brands ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE managers ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE creators ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE campaigns ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE participants ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE deliverables ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE contracts ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE payments ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE followups ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE managers ADD COLUMN role TEXT NOT NULL DEFAULT '';
;;
CREATE UNIQUE INDEX managers_role ON managers(role) WHERE role <> '';
