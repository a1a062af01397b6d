CREATE SEQUENCE "public"."exp_summary_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999999 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE TABLE "exp_declarations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"ebp_code" text NOT NULL,
	"order_no" text NOT NULL,
	"state" text NOT NULL,
	"trade_mode" text,
	"statistics_flag" text,
	"order_doc_id" uuid,
	"order_org_id" uuid,
	"order" jsonb,
	"collection_doc_id" uuid,
	"collection" jsonb,
	"inventory_doc_id" uuid,
	"inventory_org_id" uuid,
	"inventory" jsonb,
	"inventory_declared" boolean DEFAULT false NOT NULL,
	"logistics_code" text,
	"logistics_no" text,
	"ebc_org_id" uuid,
	"agent_code" text,
	"ebc_code" text,
	"country" text,
	"port_code" text,
	"currency" text,
	"value" numeric(19, 5),
	"invt_no" text,
	"pre_no" text,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"warehouse_id" uuid,
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
	CONSTRAINT "exp_declarations_state_check" CHECK ("exp_declarations"."state" in ('waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'cancelled', 'returned', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "exp_overseas_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"ebc_org_id" uuid NOT NULL,
	"item_no" text NOT NULL,
	"kind" text NOT NULL,
	"qty" numeric(19, 5) NOT NULL,
	"declaration_id" uuid,
	"reference" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exp_overseas_stock" (
	"environment" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"ebc_org_id" uuid NOT NULL,
	"item_no" text NOT NULL,
	"gcode" text NOT NULL,
	"gname" text NOT NULL,
	"unit" text NOT NULL,
	"qty" numeric(19, 5) NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exp_overseas_stock_environment_warehouse_id_ebc_org_id_item_no_pk" PRIMARY KEY("environment","warehouse_id","ebc_org_id","item_no"),
	CONSTRAINT "exp_overseas_stock_qty_check" CHECK ("exp_overseas_stock"."qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "exp_parcels" (
	"environment" text NOT NULL,
	"logistics_code" text NOT NULL,
	"logistics_no" text NOT NULL,
	"declaration_id" uuid,
	"waybill_doc_id" uuid,
	"waybill" jsonb,
	"arrived_at" timestamp with time zone,
	"arrival_doc_id" uuid,
	"departed_at" timestamp with time zone,
	"departure_doc_id" uuid,
	"destination" jsonb,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exp_parcels_environment_logistics_code_logistics_no_pk" PRIMARY KEY("environment","logistics_code","logistics_no")
);
--> statement-breakpoint
CREATE TABLE "exp_returns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"declaration_id" uuid NOT NULL,
	"ebc_code" text NOT NULL,
	"co_el_no" text NOT NULL,
	"invt_no" text NOT NULL,
	"logistics_no" text NOT NULL,
	"reason" text NOT NULL,
	"lines" jsonb NOT NULL,
	"state" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"arrived_at" timestamp with time zone,
	"tax_free" boolean,
	"tax_free_reason" text
);
--> statement-breakpoint
CREATE TABLE "exp_summaries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"agent_org_id" uuid NOT NULL,
	"agent_code" text NOT NULL,
	"ebc_code" text NOT NULL,
	"period" text NOT NULL,
	"due_date" text NOT NULL,
	"rule_version" integer NOT NULL,
	"group_key" jsonb NOT NULL,
	"key_text" text NOT NULL,
	"lines" jsonb NOT NULL,
	"sum_no" text NOT NULL,
	"cop_no" text,
	"application_doc_id" uuid,
	"decl_seq_no" text NOT NULL,
	"state" text NOT NULL,
	"gross_weight" numeric(19, 5) NOT NULL,
	"net_weight" numeric(19, 5) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"concluded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exp_summary_lists" (
	"declaration_id" uuid PRIMARY KEY NOT NULL,
	"summary_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exp_summary_rules" (
	"version" integer PRIMARY KEY NOT NULL,
	"effective_from" text NOT NULL,
	"rule" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exp_warehouses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"operator_org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"address" text NOT NULL,
	"area_sqm" numeric(12, 2) NOT NULL,
	"tenure" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exp_warehouses_area_check" CHECK ("exp_warehouses"."area_sqm" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "exp_declarations_order_key" ON "exp_declarations" USING btree ("environment","ebp_code","order_no");--> statement-breakpoint
CREATE UNIQUE INDEX "exp_declarations_invt_no_key" ON "exp_declarations" USING btree ("invt_no");--> statement-breakpoint
CREATE INDEX "exp_declarations_state_idx" ON "exp_declarations" USING btree ("environment","state","first_seen_at");--> statement-breakpoint
CREATE INDEX "exp_declarations_released_idx" ON "exp_declarations" USING btree ("environment","ebc_code","released_at");--> statement-breakpoint
CREATE INDEX "exp_overseas_moves_stock_idx" ON "exp_overseas_moves" USING btree ("warehouse_id","ebc_org_id","item_no","at");--> statement-breakpoint
CREATE INDEX "exp_parcels_declaration_idx" ON "exp_parcels" USING btree ("declaration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exp_returns_key" ON "exp_returns" USING btree ("environment","ebc_code","co_el_no");--> statement-breakpoint
CREATE INDEX "exp_returns_declaration_idx" ON "exp_returns" USING btree ("declaration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exp_summaries_decl_seq_no_key" ON "exp_summaries" USING btree ("decl_seq_no");--> statement-breakpoint
CREATE INDEX "exp_summaries_agent_idx" ON "exp_summaries" USING btree ("environment","agent_org_id","period");--> statement-breakpoint
CREATE INDEX "exp_summary_lists_summary_idx" ON "exp_summary_lists" USING btree ("summary_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exp_warehouses_code_key" ON "exp_warehouses" USING btree ("code");