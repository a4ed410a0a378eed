import { Migration } from '@mikro-orm/migrations';

/**
 * The orderer's list index carries the contractor and the branch after its keyset order: a
 * contractor's or a branch's list filtered by 発注者 walks it from the orderer and counts from the
 * index alone. At 1,000,000 guarantees the bounded count of that filter read up to 10,001 rows of
 * the table through the scope's index (190 ms; 3 ms now; docs/performance.md). An index on the
 * time of issue with the contractor and the branch does the same for 発行日 (a table scan of up
 * to 70 ms; 2.5 ms).
 */
export class Migration20261130140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "guarantee_orderer_id_created_at_id_index";`);
    this.addSql(
      `create index "guarantee_orderer_list_index" on "guarantee" ("orderer_id", "created_at", "id", "contractor_id", "branch_id");`,
    );
    this.addSql(`create index "guarantee_issued_list_index" on "guarantee" ("issued_at", "contractor_id", "branch_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "guarantee_issued_list_index";`);
    this.addSql(`drop index "guarantee_orderer_list_index";`);
    this.addSql(`create index "guarantee_orderer_id_created_at_id_index" on "guarantee" ("orderer_id", "created_at", "id");`);
  }
}
