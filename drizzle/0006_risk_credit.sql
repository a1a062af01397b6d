CREATE TABLE "risk_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"department" text NOT NULL,
	"rule_code" text,
	"rule_version" integer,
	"detector" text,
	"severity" text NOT NULL,
	"declaration_id" uuid,
	"org_id" uuid,
	"subject" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"state" text NOT NULL,
	"disposal" jsonb,
	"disposed_by" text,
	"disposed_at" timestamp with time zone,
	"review" jsonb,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "risk_alerts_state_check" CHECK ("risk_alerts"."state" in ('open', 'disposed', 'reviewed'))
);
--> statement-breakpoint
CREATE TABLE "risk_brands" (
	"id" uuid PRIMARY KEY NOT NULL,
	"brand" text NOT NULL,
	"owner" text NOT NULL,
	"authorised" jsonb NOT NULL,
	"registration_no" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"flow" text NOT NULL,
	"declaration_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"score" integer NOT NULL,
	"action" text NOT NULL,
	"fired" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"reference" text,
	"declaration_id" uuid,
	"org_id" uuid,
	"ebc_code" text,
	"order_no" text,
	"buyer_id" text,
	"payer_id" text,
	"phone" text,
	"address" text,
	"consignee" text,
	"device" text,
	"amount" numeric(19, 5),
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_recalls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"gcode" text,
	"item_no" text,
	"brand" text,
	"reason" text NOT NULL,
	"source" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"effective_to" timestamp with time zone,
	"department" text NOT NULL,
	"definition" jsonb NOT NULL,
	"action" text NOT NULL,
	"score" integer DEFAULT 0 NOT NULL,
	"explanation" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_customs_levels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"regime" text NOT NULL,
	"level_code" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"decided_by" text NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "credit_facts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"reference" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"disclosable" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_levels" (
	"regime" text NOT NULL,
	"level_code" text NOT NULL,
	"in_force_from" text NOT NULL,
	"in_force_to" text,
	"level_order" integer NOT NULL,
	"names" jsonb NOT NULL,
	"is_aeo" boolean NOT NULL,
	"inspection_factor" numeric(8, 4) NOT NULL,
	"review_factor" numeric(8, 4) NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "credit_levels_regime_level_code_pk" PRIMARY KEY("regime","level_code")
);
--> statement-breakpoint
CREATE TABLE "credit_models" (
	"version" integer PRIMARY KEY NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"model" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_negative_list" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"cause" text NOT NULL,
	"cause_key" text NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"end" timestamp with time zone,
	"state" text NOT NULL,
	"disclosed" boolean DEFAULT true NOT NULL,
	"listed_by" text NOT NULL,
	"repaired_at" timestamp with time zone,
	CONSTRAINT "credit_negative_list_state_check" CHECK ("credit_negative_list"."state" in ('listed', 'repaired', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "credit_repairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"evidence" jsonb NOT NULL,
	"state" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "credit_repairs_state_check" CHECK ("credit_repairs"."state" in ('applied', 'approved', 'refused'))
);
--> statement-breakpoint
CREATE INDEX "risk_alerts_queue_idx" ON "risk_alerts" USING btree ("environment","department","state","at");--> statement-breakpoint
CREATE INDEX "risk_alerts_rule_idx" ON "risk_alerts" USING btree ("rule_code","rule_version");--> statement-breakpoint
CREATE INDEX "risk_alerts_declaration_idx" ON "risk_alerts" USING btree ("declaration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_brands_brand_key" ON "risk_brands" USING btree ("brand");--> statement-breakpoint
CREATE INDEX "risk_decisions_declaration_idx" ON "risk_decisions" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "risk_decisions_at_idx" ON "risk_decisions" USING btree ("environment","at");--> statement-breakpoint
CREATE INDEX "risk_facts_kind_idx" ON "risk_facts" USING btree ("environment","kind","at");--> statement-breakpoint
CREATE INDEX "risk_facts_buyer_idx" ON "risk_facts" USING btree ("environment","buyer_id","at");--> statement-breakpoint
CREATE INDEX "risk_facts_payer_idx" ON "risk_facts" USING btree ("environment","payer_id","at");--> statement-breakpoint
CREATE INDEX "risk_facts_phone_idx" ON "risk_facts" USING btree ("environment","phone","at");--> statement-breakpoint
CREATE INDEX "risk_facts_address_idx" ON "risk_facts" USING btree ("environment","address","at");--> statement-breakpoint
CREATE INDEX "risk_facts_org_idx" ON "risk_facts" USING btree ("environment","org_id","at");--> statement-breakpoint
CREATE INDEX "risk_facts_order_idx" ON "risk_facts" USING btree ("environment","ebc_code","order_no");--> statement-breakpoint
CREATE INDEX "risk_facts_declaration_idx" ON "risk_facts" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "risk_recalls_gcode_idx" ON "risk_recalls" USING btree ("gcode");--> statement-breakpoint
CREATE INDEX "risk_recalls_brand_idx" ON "risk_recalls" USING btree ("brand");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_rules_version_key" ON "risk_rules" USING btree ("code","version");--> statement-breakpoint
CREATE INDEX "risk_rules_effective_idx" ON "risk_rules" USING btree ("effective_from");--> statement-breakpoint
CREATE INDEX "credit_customs_levels_org_idx" ON "credit_customs_levels" USING btree ("org_id","valid_from");--> statement-breakpoint
CREATE INDEX "credit_facts_org_idx" ON "credit_facts" USING btree ("org_id","at");--> statement-breakpoint
CREATE INDEX "credit_facts_kind_idx" ON "credit_facts" USING btree ("kind","at");--> statement-breakpoint
CREATE INDEX "credit_negative_list_org_idx" ON "credit_negative_list" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "credit_repairs_entry_idx" ON "credit_repairs" USING btree ("entry_id");