CREATE TABLE "ref_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code_table" text NOT NULL,
	"code" text NOT NULL,
	"effective_from" date NOT NULL,
	"name_zh" text,
	"name_en" text,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"verified" boolean NOT NULL,
	"note" text,
	"source" text,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_loads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dataset" text NOT NULL,
	"checksum" text NOT NULL,
	"rows" numeric(12, 0) NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tariff_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hs_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"name_zh" text NOT NULL,
	"vat_rate" numeric(7, 4),
	"consumption_tax_kind" text,
	"consumption_tax_rate" numeric(7, 4),
	"consumption_tax_specific" numeric(18, 4),
	"consumption_tax_unit" text,
	"mfn_rate" numeric(7, 4),
	"legal_unit1" text,
	"legal_unit2" text,
	"positive_list" text NOT NULL,
	"demo" boolean NOT NULL,
	"source" text,
	"note" text,
	"loaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tariff_lines_hs_code_check" CHECK ("tariff_lines"."hs_code" ~ '^[0-9]{10}$'),
	CONSTRAINT "tariff_lines_positive_list_check" CHECK ("tariff_lines"."positive_list" in ('listed', 'not_listed', 'unconfirmed'))
);
--> statement-breakpoint
CREATE TABLE "enterprise_filings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"uscc" text NOT NULL,
	"customs_code" text,
	"name_zh" text NOT NULL,
	"names" jsonb NOT NULL,
	"legal_representative" text NOT NULL,
	"address" text NOT NULL,
	"area_code" text,
	"roles" text[] NOT NULL,
	"qualifications" jsonb NOT NULL,
	"contacts" jsonb NOT NULL,
	"agent_uscc" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"effective_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "filing_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"filing_kind" text NOT NULL,
	"filing_id" uuid NOT NULL,
	"reviewer" text NOT NULL,
	"decision" text,
	"reason" text,
	"decided_by_org" uuid,
	"decided_by_user" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "filing_reviews_kind_check" CHECK ("filing_reviews"."filing_kind" in ('enterprise', 'product'))
);
--> statement-breakpoint
CREATE TABLE "filing_transitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"filing_kind" text NOT NULL,
	"filing_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"actor_org_id" uuid,
	"actor_user_id" uuid,
	"reason" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_filings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"item_no" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"hs_code" text NOT NULL,
	"name_zh" text NOT NULL,
	"names" jsonb NOT NULL,
	"specification" text,
	"declared_elements" text,
	"brand" text,
	"barcode" text,
	"origin_country" text NOT NULL,
	"manufacturer" text,
	"legal_unit" text NOT NULL,
	"second_unit" text,
	"reference_price" numeric(18, 4) NOT NULL,
	"currency" text NOT NULL,
	"image_urls" jsonb NOT NULL,
	"positive_list" text NOT NULL,
	"tariff_effective_from" date NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"effective_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "product_shares" (
	"owner_org_id" uuid NOT NULL,
	"item_no" text NOT NULL,
	"party_org_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"first_shared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ref_codes_table_code_from_key" ON "ref_codes" USING btree ("code_table","code","effective_from");--> statement-breakpoint
CREATE INDEX "reference_loads_dataset_idx" ON "reference_loads" USING btree ("dataset","loaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tariff_lines_code_from_key" ON "tariff_lines" USING btree ("hs_code","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_filings_org_version_key" ON "enterprise_filings" USING btree ("org_id","version");--> statement-breakpoint
CREATE INDEX "enterprise_filings_status_idx" ON "enterprise_filings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "enterprise_filings_uscc_idx" ON "enterprise_filings" USING btree ("uscc");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_filings_one_in_force" ON "enterprise_filings" USING btree ("org_id") WHERE status in ('effective', 'suspended');--> statement-breakpoint
CREATE UNIQUE INDEX "filing_reviews_filing_reviewer_key" ON "filing_reviews" USING btree ("filing_kind","filing_id","reviewer");--> statement-breakpoint
CREATE INDEX "filing_reviews_open_idx" ON "filing_reviews" USING btree ("reviewer","filing_kind") WHERE decision is null;--> statement-breakpoint
CREATE INDEX "filing_transitions_filing_idx" ON "filing_transitions" USING btree ("filing_kind","filing_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "product_filings_item_version_key" ON "product_filings" USING btree ("org_id","item_no","version");--> statement-breakpoint
CREATE UNIQUE INDEX "product_filings_one_in_force" ON "product_filings" USING btree ("org_id","item_no") WHERE status in ('effective', 'suspended');--> statement-breakpoint
CREATE INDEX "product_filings_org_status_idx" ON "product_filings" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "product_filings_hs_idx" ON "product_filings" USING btree ("hs_code");--> statement-breakpoint
CREATE INDEX "product_filings_barcode_idx" ON "product_filings" USING btree ("barcode");--> statement-breakpoint
CREATE UNIQUE INDEX "product_shares_key" ON "product_shares" USING btree ("owner_org_id","item_no","party_org_id");--> statement-breakpoint
CREATE INDEX "product_shares_party_idx" ON "product_shares" USING btree ("party_org_id");