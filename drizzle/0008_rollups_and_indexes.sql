CREATE TABLE "credit_fact_days" (
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"n" integer NOT NULL,
	"first" timestamp with time zone NOT NULL,
	"last" timestamp with time zone NOT NULL,
	"sx" double precision NOT NULL,
	"sx2" double precision NOT NULL,
	CONSTRAINT "credit_fact_days_org_id_kind_day_pk" PRIMARY KEY("org_id","kind","day")
);
--> statement-breakpoint
DROP INDEX "risk_facts_org_idx";--> statement-breakpoint
CREATE INDEX "credit_facts_org_kind_idx" ON "credit_facts" USING btree ("org_id","kind","at");--> statement-breakpoint
CREATE INDEX "risk_facts_org_idx" ON "risk_facts" USING btree ("environment","org_id","kind","at");--> statement-breakpoint
-- The facts recorded before this migration, one row per enterprise, kind and zone day (Asia/Shanghai).
INSERT INTO "credit_fact_days" ("org_id", "kind", "day", "n", "first", "last", "sx", "sx2")
SELECT "org_id", "kind", ("at" AT TIME ZONE 'Asia/Shanghai')::date, count(*)::int, min("at"), max("at"),
  sum(extract(epoch from ("at" - (("at" AT TIME ZONE 'Asia/Shanghai')::date::timestamp AT TIME ZONE 'Asia/Shanghai')))::float8),
  sum(power(extract(epoch from ("at" - (("at" AT TIME ZONE 'Asia/Shanghai')::date::timestamp AT TIME ZONE 'Asia/Shanghai')))::float8, 2))
FROM "credit_facts" GROUP BY 1, 2, 3;
