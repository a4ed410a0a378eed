import { Migration } from '@mikro-orm/migrations';

export class Migration20261129235743 extends Migration {
  // Only what changed: the one-time links' table and the users' disabledAt (the generator also
  // proposed rebuilding unchanged tables, whose check constraints SQLite can't read back).
  override async up(): Promise<void> {
    this.addSql(
      `create table \`password_token\` (\`id\` text not null, \`created_at\` datetime not null default current_timestamp, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`purpose\` text check (\`purpose\` in ('SET_PASSWORD', 'INVITATION', 'RESET')) not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_token_user_id_foreign\` foreign key(\`user_id\`) references \`user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`password_token_token_hash_unique\` on \`password_token\` (\`token_hash\`);`);
    this.addSql(`create index \`password_token_user_id_index\` on \`password_token\` (\`user_id\`);`);
    this.addSql(`create index \`password_token_user_id_purpose_index\` on \`password_token\` (\`user_id\`, \`purpose\`);`);
    this.addSql(`alter table \`user\` add column \`disabled_at\` datetime null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `password_token`;');
    this.addSql('alter table `user` drop column `disabled_at`;');
  }
}
