CREATE TABLE "cache_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
-- Every statement that changes a table whose rows processes keep in memory moves its counter (db/versions.ts).
-- The counter lives in the schema of the table that fired, so each test schema keeps its own.
CREATE FUNCTION "tumen_bump_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO %I.cache_versions (name, version) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET version = cache_versions.version + 1', TG_TABLE_SCHEMA) USING TG_TABLE_NAME;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "organisations_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations" FOR EACH STATEMENT EXECUTE FUNCTION "tumen_bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "enterprise_filings_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "enterprise_filings" FOR EACH STATEMENT EXECUTE FUNCTION "tumen_bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "product_filings_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "product_filings" FOR EACH STATEMENT EXECUTE FUNCTION "tumen_bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "webhooks_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "webhooks" FOR EACH STATEMENT EXECUTE FUNCTION "tumen_bump_cache_version"();
--> statement-breakpoint
CREATE TRIGGER "tariff_lines_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tariff_lines" FOR EACH STATEMENT EXECUTE FUNCTION "tumen_bump_cache_version"();
