import { Migration } from '@mikro-orm/migrations';

/**
 * Every list is served by an index on its scope in its keyset order (createdAt desc, id desc): the
 * contractor's, the branch's and the orderer's guarantees and all of them (admin), the
 * applications of a contractor, of a branch and all, the audit log of a branch, of an object, of
 * an actor and all. A page then reads its 51 entries from the index instead of sorting the scope.
 */
export class Migration20261130032155 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "audit_event_object_id_created_at_index";`);
    this.addSql(`drop index "audit_event_actor_id_created_at_index";`);
    this.addSql(`drop index "audit_event_scope_branch_id_created_at_index";`);
    this.addSql(`create index "audit_event_created_at_id_index" on "audit_event" ("created_at", "id");`);
    this.addSql(`create index "audit_event_scope_branch_id_created_at_id_index" on "audit_event" ("scope_branch_id", "created_at", "id");`);
    this.addSql(`create index "audit_event_actor_id_created_at_id_index" on "audit_event" ("actor_id", "created_at", "id");`);
    this.addSql(`create index "audit_event_object_id_created_at_id_index" on "audit_event" ("object_id", "created_at", "id");`);
    this.addSql(`create index "guarantee_application_created_at_id_index" on "guarantee_application" ("created_at", "id");`);
    this.addSql(
      `create index "guarantee_application_destination_branch_id_created_at_id_index" on "guarantee_application" ("destination_branch_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "guarantee_application_contractor_id_created_at_id_index" on "guarantee_application" ("contractor_id", "created_at", "id");`,
    );
    this.addSql(`create index "guarantee_created_at_id_index" on "guarantee" ("created_at", "id");`);
    this.addSql(`create index "guarantee_orderer_id_created_at_id_index" on "guarantee" ("orderer_id", "created_at", "id");`);
    this.addSql(`create index "guarantee_branch_id_created_at_id_index" on "guarantee" ("branch_id", "created_at", "id");`);
    this.addSql(`create index "guarantee_contractor_id_created_at_id_index" on "guarantee" ("contractor_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_event_created_at_id_index";`);
    this.addSql(`drop index "audit_event_scope_branch_id_created_at_id_index";`);
    this.addSql(`drop index "audit_event_actor_id_created_at_id_index";`);
    this.addSql(`drop index "audit_event_object_id_created_at_id_index";`);
    this.addSql(`drop index "guarantee_application_created_at_id_index";`);
    this.addSql(`drop index "guarantee_application_destination_branch_id_created_at_id_index";`);
    this.addSql(`drop index "guarantee_application_contractor_id_created_at_id_index";`);
    this.addSql(`drop index "guarantee_created_at_id_index";`);
    this.addSql(`drop index "guarantee_orderer_id_created_at_id_index";`);
    this.addSql(`drop index "guarantee_branch_id_created_at_id_index";`);
    this.addSql(`drop index "guarantee_contractor_id_created_at_id_index";`);
    this.addSql(`create index "audit_event_object_id_created_at_index" on "audit_event" ("object_id", "created_at");`);
    this.addSql(`create index "audit_event_actor_id_created_at_index" on "audit_event" ("actor_id", "created_at");`);
    this.addSql(`create index "audit_event_scope_branch_id_created_at_index" on "audit_event" ("scope_branch_id", "created_at");`);
  }
}
