import { Migration } from '@mikro-orm/migrations';
import { queueMatchingKeyBackfill } from '../matching-keys';

/**
 * 工事名 search sees what people see: `work.name_key` and `guarantee.work_name_key` hold
 * matchingKey of the name (schema/src/matching.ts), filled for existing rows here and by the
 * entities' hooks after; each is indexed.
 */
export class Migration20261130032634 extends Migration {
  override async up(): Promise<void> {
    await queueMatchingKeyBackfill(this, (m) => {
      m.addSql(`alter table "work" add column "name_key" text not null default '';`);
      m.addSql(`alter table "guarantee" add column "work_name_key" text not null default '';`);
    });
    this.addSql(`create index "work_name_key_index" on "work" ("name_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "work_name_key_index";`);
    this.addSql(`alter table "guarantee" drop column "work_name_key";`);
    this.addSql(`alter table "work" drop column "name_key";`);
  }
}
