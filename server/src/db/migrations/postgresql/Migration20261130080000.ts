import { Migration } from '@mikro-orm/migrations';

/** The scopes counted (see common/scope-count.entity.ts) and the triggers that keep them exact. */
const FUNCTIONS = {
  guarantee: `
    if tg_op = 'INSERT' then
      insert into "scope_count" ("scope", "scope_id", "count")
        values ('guarantee.contractor', new."contractor_id"::text, 1), ('guarantee.branch', new."branch_id"::text, 1)
        on conflict ("scope", "scope_id") do update set "count" = "scope_count"."count" + 1;
      return new;
    end if;
    update "scope_count" set "count" = "count" - 1
      where ("scope" = 'guarantee.contractor' and "scope_id" = old."contractor_id"::text)
         or ("scope" = 'guarantee.branch' and "scope_id" = old."branch_id"::text);
    return old;`,
  orderer_view: `
    if tg_op = 'INSERT' then
      insert into "scope_count" ("scope", "scope_id", "count")
        select 'ledger.orderer', g."orderer_id"::text, 1 from "guarantee" g where g."id" = new."guarantee_id"
        on conflict ("scope", "scope_id") do update set "count" = "scope_count"."count" + 1;
      return new;
    end if;
    update "scope_count" set "count" = "count" - 1
      where "scope" = 'ledger.orderer' and "scope_id" = (select g."orderer_id"::text from "guarantee" g where g."id" = old."guarantee_id");
    return old;`,
  guarantee_application: `
    if tg_op = 'INSERT' then
      insert into "scope_count" ("scope", "scope_id", "count")
        values ('application.contractor', new."contractor_id"::text, 1)
        on conflict ("scope", "scope_id") do update set "count" = "scope_count"."count" + 1;
      return new;
    end if;
    update "scope_count" set "count" = "count" - 1 where "scope" = 'application.contractor' and "scope_id" = old."contractor_id"::text;
    return old;`,
};

/**
 * Exact counts of the lists' scopes, kept by triggers in the transaction that inserts or deletes
 * a guarantee, an 閲覧 or an application: an unfiltered list's totalCount reads one row instead of
 * counting its scope (a contractor can hold half a million guarantees). Filled from the rows there.
 */
export class Migration20261130080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scope_count" ("scope" varchar(32) not null, "scope_id" varchar(36) not null, "count" int not null, constraint "scope_count_pkey" primary key ("scope", "scope_id"));`,
    );
    this.addSql(
      `insert into "scope_count" ("scope", "scope_id", "count") select 'guarantee.contractor', "contractor_id"::text, count(*) from "guarantee" group by "contractor_id";`,
    );
    this.addSql(
      `insert into "scope_count" ("scope", "scope_id", "count") select 'guarantee.branch', "branch_id"::text, count(*) from "guarantee" group by "branch_id";`,
    );
    this.addSql(
      `insert into "scope_count" ("scope", "scope_id", "count") select 'ledger.orderer', g."orderer_id"::text, count(*) from "orderer_view" v join "guarantee" g on g."id" = v."guarantee_id" group by g."orderer_id";`,
    );
    this.addSql(
      `insert into "scope_count" ("scope", "scope_id", "count") select 'application.contractor', "contractor_id"::text, count(*) from "guarantee_application" group by "contractor_id";`,
    );
    for (const [table, body] of Object.entries(FUNCTIONS)) {
      this.addSql(`create function "${table}_scope_count"() returns trigger language plpgsql as $$ begin ${body} end $$;`);
      this.addSql(
        `create trigger "${table}_scope_count" after insert or delete on "${table}" for each row execute function "${table}_scope_count"();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(FUNCTIONS)) {
      this.addSql(`drop trigger "${table}_scope_count" on "${table}";`);
      this.addSql(`drop function "${table}_scope_count"();`);
    }
    this.addSql(`drop table if exists "scope_count" cascade;`);
  }
}
