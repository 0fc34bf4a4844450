-- CollabDesk workspace schema, version 6, for a PostgreSQL server workspace: schema/v6.sql's
-- columns and index, and what fills updated_by in. FROZEN once released.
-- - Records made from now on name the role that made them (the column's default); rows that were
--   there before the step keep '' (the default is set after the column is added, so the step does
--   not name whoever ran it as the author of every record).
-- - A statement that sets updated_at saves a change: a trigger names the session's role in
--   updated_by. Every service sets updated_at when it changes a record, and undo writes the whole
--   row back. A statement that leaves updated_at alone (a move's second pass over payments) keeps
--   updated_by as it is, so a workspace moved in keeps its authors and its content hash.
-- - session_user, not current_user: the person who signed in, even inside SET ROLE.
;;
CREATE FUNCTION note_updated_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_by := session_user;
    RETURN NEW;
END $$;
;;
ALTER TABLE brands ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE brands ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER brands_updated_by BEFORE UPDATE OF updated_at ON brands
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE managers ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE managers ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER managers_updated_by BEFORE UPDATE OF updated_at ON managers
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE creators ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE creators ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER creators_updated_by BEFORE UPDATE OF updated_at ON creators
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE campaigns ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE campaigns ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER campaigns_updated_by BEFORE UPDATE OF updated_at ON campaigns
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE participants ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE participants ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER participants_updated_by BEFORE UPDATE OF updated_at ON participants
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE deliverables ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE deliverables ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER deliverables_updated_by BEFORE UPDATE OF updated_at ON deliverables
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE contracts ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE contracts ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER contracts_updated_by BEFORE UPDATE OF updated_at ON contracts
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE payments ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE payments ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER payments_updated_by BEFORE UPDATE OF updated_at ON payments
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE followups ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE followups ALTER COLUMN updated_by SET DEFAULT session_user;
;;
CREATE TRIGGER followups_updated_by BEFORE UPDATE OF updated_at ON followups
FOR EACH ROW EXECUTE FUNCTION note_updated_by();
;;
ALTER TABLE managers ADD COLUMN role TEXT NOT NULL DEFAULT '';
;;
CREATE UNIQUE INDEX managers_role ON managers(role) WHERE role <> '';
