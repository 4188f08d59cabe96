-- Record versions remembered per server process (`persistence/versioncache.py`): a conditional
-- GET by id whose `If-None-Match` names the current version is answered 304 from memory.
--
-- Every change of a record's version notifies `watchfloor_versions` with its table's name, from
-- the changing transaction: the notification is delivered at commit (and not at all on a
-- rollback), and every process forgets that table's versions. PostgreSQL sends one notification
-- per distinct payload a transaction, so a batch of a thousand updates sends one.
--
-- 1. `wf_version_row` (BEFORE UPDATE on every versioned table, the only place a version is
--    bumped) notifies, as well as keeping the history it always kept;
-- 2. a `DELETE` or `TRUNCATE` of a versioned table (not done by the service, but by an operator
--    or a test) notifies too, by a statement trigger on each such table. A table added later
--    adds the same trigger (tests/integration/test_version_cache.py checks every one has it).

CREATE OR REPLACE FUNCTION wf_version_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    switched_at timestamptz := greatest(now(), lower(OLD.sys_period));
BEGIN
    OLD.sys_period := tstzrange(lower(OLD.sys_period), switched_at, '[)');
    EXECUTE format('INSERT INTO %I.%I SELECT ($1).*', TG_TABLE_SCHEMA, TG_TABLE_NAME || '_history')
        USING OLD;
    NEW.version := OLD.version + 1;
    NEW.created_at := OLD.created_at;
    NEW.updated_at := switched_at;
    NEW.sys_period := tstzrange(switched_at, NULL, '[)');
    PERFORM pg_notify('watchfloor_versions', TG_TABLE_NAME);
    RETURN NEW;
END
$$;

CREATE FUNCTION wf_notify_versions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('watchfloor_versions', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    versioned regclass;
BEGIN
    FOR versioned IN
        SELECT DISTINCT t.tgrelid::regclass
        FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'wf_version_row' AND NOT t.tgisinternal
    LOOP
        EXECUTE format(
            'CREATE TRIGGER %I AFTER DELETE OR TRUNCATE ON %s '
            'FOR EACH STATEMENT EXECUTE FUNCTION wf_notify_versions()',
            replace(versioned::text, '"', '') || '_versions_notify', versioned
        );
    END LOOP;
END
$$;
