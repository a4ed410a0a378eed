import { Migration } from '@mikro-orm/migrations';

/** 利用登録申請: contractors' registration requests, decided by an administrator. */
export class Migration20261130032702 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`contractor_registration\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`name\` text not null, \`address\` text not null, \`corporate_number\` text not null, \`representative\` text not null, \`contact_name\` text not null, \`email\` text not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', \`decided_at\` datetime null, \`refusal_reason\` text null, \`contractor_id\` text null, constraint \`contractor_registration_contractor_id_foreign\` foreign key(\`contractor_id\`) references \`contractor\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`contractor_registration_contractor_id_index\` on \`contractor_registration\` (\`contractor_id\`);`);
    this.addSql(
      `create index \`contractor_registration_status_created_at_index\` on \`contractor_registration\` (\`status\`, \`created_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`contractor_registration\`;`);
  }
}
