import { Migration } from '@mikro-orm/migrations';

export class Migration20261122054415 extends Migration {
  // Only the new tables: SQLite can't introspect check constraints, so the generator also
  // proposed rebuilding unchanged tables; those statements were dropped.
  override async up(): Promise<void> {
    this.addSql(
      `create table \`verification_attempt\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`contract_number\` text not null, \`guarantee_id\` text null, \`outcome\` text check (\`outcome\` in ('VERIFIED', 'REJECTED', 'RATE_LIMITED', 'MALFORMED')) not null, \`address\` text null, \`user_id\` text null, constraint \`verification_attempt_guarantee_id_foreign\` foreign key(\`guarantee_id\`) references \`guarantee\`(\`id\`) on delete cascade on update cascade, constraint \`verification_attempt_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`verification_attempt_guarantee_id_index\` on \`verification_attempt\` (\`guarantee_id\`);`);
    this.addSql(`create index \`verification_attempt_user_id_index\` on \`verification_attempt\` (\`user_id\`);`);
    this.addSql(
      `create index \`verification_attempt_guarantee_id_created_at_index\` on \`verification_attempt\` (\`guarantee_id\`, \`created_at\`);`,
    );

    this.addSql(
      `create table \`orderer_view\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`guarantee_id\` text not null, \`first_viewed_at\` datetime not null, \`last_viewed_at\` datetime not null, \`view_count\` integer not null default 1, constraint \`orderer_view_guarantee_id_foreign\` foreign key(\`guarantee_id\`) references \`guarantee\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`orderer_view_guarantee_id_unique\` on \`orderer_view\` (\`guarantee_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `verification_attempt`;');
    this.addSql('drop table if exists `orderer_view`;');
  }
}
