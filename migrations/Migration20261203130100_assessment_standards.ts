import { Migration } from '@mikro-orm/migrations';

/**
 * CM-16: provider assessments are scored against a versioned standard that BDC publishes. A
 * published version and its criteria never change (a trigger refuses it). Assessments recorded
 * before as a bare score keep it: when there are any, the migration publishes version 1, marked
 * `migrated`, with the one criterion 综合评分 (overall) of weight 100, and gives each of them its
 * score as the points on that criterion, so every total stays what it was.
 */
export class Migration20261203130100_assessment_standards extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cloud_assessment_standard" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null, "title" varchar(255) not null, "published_on" date not null, "published_by_id" uuid null, "migrated" boolean not null default false, constraint "cloud_assessment_standard_pkey" primary key ("id"));`);
    this.addSql(`alter table "cloud_assessment_standard" add constraint "cloud_assessment_standard_version_unique" unique ("version");`);
    this.addSql(`create index "cloud_assessment_standard_published_by_id_index" on "cloud_assessment_standard" ("published_by_id");`);
    this.addSql(`alter table "cloud_assessment_standard" add constraint "cloud_assessment_standard_published_by_id_foreign" foreign key ("published_by_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "cloud_assessment_criterion" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "standard_id" uuid not null, "code" varchar(40) not null, "name" varchar(255) not null, "description" text null, "weight" smallint not null, "position" smallint not null, constraint "cloud_assessment_criterion_pkey" primary key ("id"), constraint cloud_assessment_criterion_weight check (weight >= 1 and weight <= 100));`);
    this.addSql(`alter table "cloud_assessment_criterion" add constraint "cloud_assessment_criterion_standard_id_code_unique" unique ("standard_id", "code");`);
    this.addSql(`alter table "cloud_assessment_criterion" add constraint "cloud_assessment_criterion_standard_id_foreign" foreign key ("standard_id") references "cloud_assessment_standard" ("id") on update cascade;`);

    this.addSql(`create table "cloud_assessment_score" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "assessment_id" uuid not null, "criterion_id" uuid not null, "points" smallint not null, "note" text null, constraint "cloud_assessment_score_pkey" primary key ("id"), constraint cloud_assessment_score_points check (points >= 0));`);
    this.addSql(`alter table "cloud_assessment_score" add constraint "cloud_assessment_score_assessment_id_criterion_id_unique" unique ("assessment_id", "criterion_id");`);
    this.addSql(`create index "cloud_assessment_score_criterion_id_index" on "cloud_assessment_score" ("criterion_id");`);
    this.addSql(`alter table "cloud_assessment_score" add constraint "cloud_assessment_score_assessment_id_foreign" foreign key ("assessment_id") references "cloud_provider_assessment" ("id") on update cascade;`);
    this.addSql(`alter table "cloud_assessment_score" add constraint "cloud_assessment_score_criterion_id_foreign" foreign key ("criterion_id") references "cloud_assessment_criterion" ("id") on update cascade;`);

    // The assessments of before: version 1 of the standard, one criterion, their score as its points.
    this.addSql(`alter table "cloud_provider_assessment" add column "standard_id" uuid null;`);
    this.addSql(`insert into "cloud_assessment_standard" ("id", "version", "title", "published_on", "migrated") select gen_random_uuid(), 1, '云服务质量考核标准（原综合评分）', coalesce(min("created_at")::date, current_date), true from "cloud_provider_assessment" having count(*) > 0;`);
    this.addSql(`insert into "cloud_assessment_criterion" ("id", "standard_id", "code", "name", "description", "weight", "position") select gen_random_uuid(), "id", 'OVERALL', '综合评分', '考核标准发布前按百分制记录的总分', 100, 1 from "cloud_assessment_standard" where "migrated";`);
    this.addSql(`update "cloud_provider_assessment" set "standard_id" = (select "id" from "cloud_assessment_standard" where "migrated");`);
    this.addSql(`insert into "cloud_assessment_score" ("id", "assessment_id", "criterion_id", "points") select gen_random_uuid(), a."id", c."id", a."score" from "cloud_provider_assessment" a join "cloud_assessment_criterion" c on c."standard_id" = a."standard_id";`);
    this.addSql(`alter table "cloud_provider_assessment" alter column "standard_id" set not null;`);
    this.addSql(`create index "cloud_provider_assessment_standard_id_index" on "cloud_provider_assessment" ("standard_id");`);
    this.addSql(`alter table "cloud_provider_assessment" add constraint "cloud_provider_assessment_standard_id_foreign" foreign key ("standard_id") references "cloud_assessment_standard" ("id") on update cascade;`);

    // A published version is immutable: a revision of the standard is a new version.
    this.addSql(`create function "cloud_assessment_standard_immutable"() returns trigger language plpgsql as $$ begin raise exception 'CM-16: a published assessment standard cannot change (%)', TG_TABLE_NAME using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "cloud_assessment_standard_immutable" before update or delete on "cloud_assessment_standard" for each row execute function "cloud_assessment_standard_immutable"();`);
    this.addSql(`create trigger "cloud_assessment_criterion_immutable" before update or delete on "cloud_assessment_criterion" for each row execute function "cloud_assessment_standard_immutable"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cloud_provider_assessment" drop constraint "cloud_provider_assessment_standard_id_foreign";`);
    this.addSql(`alter table "cloud_provider_assessment" drop column "standard_id";`);
    this.addSql(`drop table if exists "cloud_assessment_score" cascade;`);
    this.addSql(`drop table if exists "cloud_assessment_criterion" cascade;`);
    this.addSql(`drop table if exists "cloud_assessment_standard" cascade;`);
    this.addSql(`drop function if exists "cloud_assessment_standard_immutable"();`);
  }

}
