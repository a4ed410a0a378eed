import { Migration } from '@mikro-orm/migrations';

/**
 * 工事名 partial search served by a trigram index: pg_trgm's GIN index on guarantee.work_name_key
 * (the 工事名's matching key) answers `work_name_key like '%…%'` for three characters or more (see
 * guarantees/work-name-search.ts). pg_trgm is a trusted extension: the database's owner may
 * create it.
 */
export class Migration20261130041000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "pg_trgm";`);
    this.addSql(`create index "guarantee_work_name_trigram_index" on "guarantee" using gin ("work_name_key" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "guarantee_work_name_trigram_index";`);
  }
}
