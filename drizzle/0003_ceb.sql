CREATE SEQUENCE "public"."ceb_pre_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999999 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE TABLE "ceb_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"environment" text NOT NULL,
	"message_type" text NOT NULL,
	"business_key" text NOT NULL,
	"sender_org_id" uuid NOT NULL,
	"guid" text NOT NULL,
	"app_type" text NOT NULL,
	"app_status" text NOT NULL,
	"locked" text,
	"deleted_at" timestamp with time zone,
	"version" integer NOT NULL,
	"pre_no" text,
	"document" jsonb NOT NULL,
	"last_message_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ceb_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"message_type" text NOT NULL,
	"guid" text NOT NULL,
	"format" text NOT NULL,
	"body_hash" text NOT NULL,
	"signature" text NOT NULL,
	"signer_fingerprint" text,
	"xml" text NOT NULL,
	"records" integer NOT NULL,
	"rejected" integer NOT NULL,
	"answer_xml" text NOT NULL,
	"answer_status" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"api_key_id" uuid,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "ceb_receipts" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"environment" text NOT NULL,
	"message_type" text NOT NULL,
	"guid" text NOT NULL,
	"document_id" uuid,
	"message_id" uuid,
	"return_status" text NOT NULL,
	"return_time" timestamp with time zone NOT NULL,
	"return_info" text NOT NULL,
	"problems" jsonb NOT NULL,
	"xml" text NOT NULL,
	"txid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	CONSTRAINT "ceb_receipts_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "signing_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"key_name" text NOT NULL,
	"algorithm" text NOT NULL,
	"fingerprint" text NOT NULL,
	"der" "bytea" NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"serial_number" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"held_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "signing_certificates_algorithm_check" CHECK ("signing_certificates"."algorithm" in ('sm2', 'rsa'))
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "unsigned_messages" text;--> statement-breakpoint
CREATE UNIQUE INDEX "ceb_documents_key" ON "ceb_documents" USING btree ("environment","message_type","business_key");--> statement-breakpoint
CREATE INDEX "ceb_documents_sender_idx" ON "ceb_documents" USING btree ("sender_org_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ceb_messages_sender_guid_key" ON "ceb_messages" USING btree ("org_id","environment","guid");--> statement-breakpoint
CREATE INDEX "ceb_messages_org_time_idx" ON "ceb_messages" USING btree ("org_id","received_at");--> statement-breakpoint
CREATE INDEX "ceb_receipts_feed_idx" ON "ceb_receipts" USING btree ("org_id","environment","seq");--> statement-breakpoint
CREATE INDEX "ceb_receipts_document_idx" ON "ceb_receipts" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_certificates_org_fingerprint_key" ON "signing_certificates" USING btree ("org_id","fingerprint");