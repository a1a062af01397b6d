CREATE SEQUENCE "public"."clr_invt_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999999 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE TABLE "identity_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"purpose" text NOT NULL,
	"reference" text,
	"id_number_masked" text NOT NULL,
	"result" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_identities" (
	"id_number" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_bonded_books" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"ems_no" text NOT NULL,
	"operator_org_id" uuid NOT NULL,
	"ebc_org_id" uuid NOT NULL,
	"customs_code" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_bonded_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"book_id" uuid NOT NULL,
	"item_record_no" text NOT NULL,
	"kind" text NOT NULL,
	"qty" numeric(19, 5) NOT NULL,
	"declaration_id" uuid,
	"reference" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_bonded_stock" (
	"book_id" uuid NOT NULL,
	"item_record_no" text NOT NULL,
	"gcode" text NOT NULL,
	"gname" text NOT NULL,
	"unit" text NOT NULL,
	"on_hand" numeric(19, 5) NOT NULL,
	"reserved" numeric(19, 5) NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clr_bonded_stock_book_id_item_record_no_pk" PRIMARY KEY("book_id","item_record_no"),
	CONSTRAINT "clr_bonded_stock_quantity_check" CHECK ("clr_bonded_stock"."reserved" >= 0 and "clr_bonded_stock"."reserved" <= "clr_bonded_stock"."on_hand")
);
--> statement-breakpoint
CREATE TABLE "clr_declarations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"ebp_code" text NOT NULL,
	"order_no" text NOT NULL,
	"state" text NOT NULL,
	"trade_mode" text,
	"order_doc_id" uuid,
	"order_org_id" uuid,
	"order" jsonb,
	"payment_doc_id" uuid,
	"payment_org_id" uuid,
	"payment" jsonb,
	"inventory_doc_id" uuid,
	"inventory_org_id" uuid,
	"inventory" jsonb,
	"inventory_declared" boolean DEFAULT false NOT NULL,
	"logistics_code" text,
	"logistics_no" text,
	"ebc_org_id" uuid,
	"assure_org_id" uuid,
	"invt_no" text,
	"pre_no" text,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"buyer_id_number" text,
	"buyer_name" text,
	"amount" numeric(19, 5),
	"quota_year" integer,
	"full_tax" boolean DEFAULT false NOT NULL,
	"tax_total" numeric(18, 2),
	"tax" jsonb,
	"risk" jsonb,
	"inspection" jsonb,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"audited_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "clr_declarations_state_check" CHECK ("clr_declarations"."state" in ('waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'seized', 'shipped_back', 'cancelled', 'returned', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "clr_guarantee_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"guarantee_id" uuid NOT NULL,
	"declaration_id" uuid,
	"kind" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_guarantees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"org_id" uuid NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"used" numeric(18, 2) NOT NULL,
	"valid_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clr_guarantees_balance_check" CHECK ("clr_guarantees"."used" >= 0 and "clr_guarantees"."used" <= "clr_guarantees"."amount")
);
--> statement-breakpoint
CREATE TABLE "clr_parcels" (
	"environment" text NOT NULL,
	"logistics_code" text NOT NULL,
	"logistics_no" text NOT NULL,
	"declaration_id" uuid,
	"waybill_doc_id" uuid,
	"waybill_org_id" uuid,
	"waybill" jsonb,
	"last_status" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clr_parcels_environment_logistics_code_logistics_no_pk" PRIMARY KEY("environment","logistics_code","logistics_no")
);
--> statement-breakpoint
CREATE TABLE "clr_period_bills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"assure_org_id" uuid NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"bills" integer NOT NULL,
	"customs_tax" numeric(18, 2) NOT NULL,
	"value_added_tax" numeric(18, 2) NOT NULL,
	"consumption_tax" numeric(18, 2) NOT NULL,
	"total" numeric(18, 2) NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_quota_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"buyer_id_number" text NOT NULL,
	"year" integer NOT NULL,
	"declaration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(19, 5) NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clr_quotas" (
	"environment" text NOT NULL,
	"buyer_id_number" text NOT NULL,
	"year" integer NOT NULL,
	"used" numeric(19, 5) NOT NULL,
	"consumed" numeric(19, 5) NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clr_quotas_environment_buyer_id_number_year_pk" PRIMARY KEY("environment","buyer_id_number","year"),
	CONSTRAINT "clr_quotas_used_check" CHECK ("clr_quotas"."used" >= 0 and "clr_quotas"."consumed" >= 0 and "clr_quotas"."consumed" <= "clr_quotas"."used")
);
--> statement-breakpoint
CREATE TABLE "clr_returns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"declaration_id" uuid NOT NULL,
	"document_id" uuid,
	"request" jsonb NOT NULL,
	"org_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"state" text NOT NULL,
	"lines" jsonb NOT NULL,
	"amount" numeric(19, 5) NOT NULL,
	"tax" numeric(18, 2) NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"arrived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clr_tax_bills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"tax_no" text NOT NULL,
	"declaration_id" uuid NOT NULL,
	"invt_no" text NOT NULL,
	"assure_org_id" uuid,
	"status" text NOT NULL,
	"customs_tax" numeric(18, 2) NOT NULL,
	"value_added_tax" numeric(18, 2) NOT NULL,
	"consumption_tax" numeric(18, 2) NOT NULL,
	"total" numeric(18, 2) NOT NULL,
	"lines" jsonb NOT NULL,
	"period_bill_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "identity_checks_at_idx" ON "identity_checks" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "clr_bonded_books_ems_key" ON "clr_bonded_books" USING btree ("environment","ems_no");--> statement-breakpoint
CREATE INDEX "clr_bonded_moves_item_idx" ON "clr_bonded_moves" USING btree ("book_id","item_record_no","at");--> statement-breakpoint
CREATE INDEX "clr_bonded_moves_declaration_idx" ON "clr_bonded_moves" USING btree ("declaration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clr_declarations_order_key" ON "clr_declarations" USING btree ("environment","ebp_code","order_no");--> statement-breakpoint
CREATE UNIQUE INDEX "clr_declarations_invt_no_key" ON "clr_declarations" USING btree ("invt_no");--> statement-breakpoint
CREATE INDEX "clr_declarations_state_idx" ON "clr_declarations" USING btree ("environment","state","first_seen_at");--> statement-breakpoint
CREATE INDEX "clr_declarations_buyer_idx" ON "clr_declarations" USING btree ("buyer_id_number","quota_year");--> statement-breakpoint
CREATE INDEX "clr_guarantee_entries_guarantee_idx" ON "clr_guarantee_entries" USING btree ("guarantee_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "clr_guarantees_org_key" ON "clr_guarantees" USING btree ("environment","org_id");--> statement-breakpoint
CREATE INDEX "clr_parcels_declaration_idx" ON "clr_parcels" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "clr_period_bills_assure_idx" ON "clr_period_bills" USING btree ("environment","assure_org_id","period_from");--> statement-breakpoint
CREATE INDEX "clr_quota_entries_buyer_idx" ON "clr_quota_entries" USING btree ("environment","buyer_id_number","year");--> statement-breakpoint
CREATE INDEX "clr_quota_entries_declaration_idx" ON "clr_quota_entries" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "clr_returns_declaration_idx" ON "clr_returns" USING btree ("declaration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clr_tax_bills_tax_no_key" ON "clr_tax_bills" USING btree ("tax_no");--> statement-breakpoint
CREATE INDEX "clr_tax_bills_declaration_idx" ON "clr_tax_bills" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "clr_tax_bills_assure_idx" ON "clr_tax_bills" USING btree ("environment","assure_org_id","status");