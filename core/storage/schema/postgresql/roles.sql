-- The team's rights on a server workspace (collabdesk-cli server init-roles). Not a schema step:
-- run again whenever people or managers change; every statement may be run twice.
-- Two group roles, which people's own login roles are made members of:
-- - collabdesk_admin: reads and changes everything.
-- - collabdesk_manager: reads everything; changes its own creators' records only (a creator whose
--   manager's `role` is the person's login role, and that creator's tags, accounts, follower
--   counts, rate card, audience, vetting answers, attached files and follow-ups), enforced by the
--   server's row-level security; changes campaigns, deals and money like anyone on the team; may
--   add managers (creator forms name them) but not change them or their roles, nor the settings.
-- The role that owns the tables (the one that made the workspace) is not held by the policies, as
-- PostgreSQL does for owners, and neither is a superuser.
-- Statements are separated by lines holding only ';;'.

-- Dropping a policy that is not there yet is expected on the first run: no notice of it.
SET LOCAL client_min_messages = warning;
;;
-- Roles belong to the whole server: another workspace's setup may make the same one at the same
-- moment, and the loser of that race finds it made (unique_violation) rather than missing.
DO $$
DECLARE
    role text;
BEGIN
    FOREACH role IN ARRAY ARRAY['collabdesk_admin', 'collabdesk_manager'] LOOP
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role);
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END LOOP;
END $$;
;;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO collabdesk_admin, collabdesk_manager', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO collabdesk_admin, '
                   'collabdesk_manager', current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO collabdesk_admin, '
                   'collabdesk_manager', current_schema());
END $$;
;;
REVOKE INSERT, UPDATE, DELETE ON collabdesk_workspace, settings, managers FROM collabdesk_manager;
;;
GRANT INSERT (name, name_key, email, created_at, updated_at) ON managers TO collabdesk_manager;
;;
-- Whether the person signed in manages the manager `manager` is, or the creator `creator`.
-- STABLE: inside a statement they see the rows as the statement began, so an UPDATE's check reads
-- the creator's manager as stored, not as the statement would leave it.
CREATE OR REPLACE FUNCTION collabdesk_is_me(manager bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM managers WHERE id = manager AND role = session_user)
$$;
;;
CREATE OR REPLACE FUNCTION collabdesk_manages(creator bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM creators c JOIN managers m ON m.id = c.manager_id
                   WHERE c.id = creator AND m.role = session_user)
$$;
;;
-- Each creator-owned table: everyone on the team reads every row; an admin changes any; a manager
-- changes the rows the test says are theirs, checked on the stored row (an UPDATE or DELETE of
-- another's finds no row; the app says why before it tries) and on the new one (an INSERT, or an
-- UPDATE handing a creator to another manager, is refused with an error).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('creators', 'collabdesk_is_me(manager_id)'),
        ('creator_tags', 'collabdesk_manages(creator_id)'),
        ('accounts', 'collabdesk_manages(creator_id)'),
        ('follower_snapshots', 'collabdesk_manages((SELECT a.creator_id FROM accounts a WHERE a.id = account_id))'),
        ('rate_cards', 'collabdesk_manages(creator_id)'),
        ('audience_demographics', 'collabdesk_manages(creator_id)'),
        ('vetting_answers', 'collabdesk_manages(creator_id)'),
        ('attachments', 'creator_id IS NULL OR collabdesk_manages(creator_id)'),
        ('followups', 'creator_id IS NULL OR collabdesk_manages(creator_id)')
    ) AS owned(name, mine) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t.name || '_admin', t.name);
        EXECUTE format('CREATE POLICY %I ON %I TO collabdesk_admin USING (true) WITH CHECK (true)',
                       t.name || '_admin', t.name);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t.name || '_read', t.name);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO collabdesk_manager USING (true)',
                       t.name || '_read', t.name);
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t.name || '_own', t.name);
        EXECUTE format('CREATE POLICY %I ON %I TO collabdesk_manager USING (%s) WITH CHECK (%s)',
                       t.name || '_own', t.name, t.mine, t.mine);
    END LOOP;
END $$;
