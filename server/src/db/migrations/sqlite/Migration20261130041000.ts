import { Migration } from '@mikro-orm/migrations';

/**
 * 工事名 partial search served by a trigram index: an FTS5 table with the trigram tokenizer over
 * guarantee.work_name_key, the 工事名's matching key (external content, kept by triggers), which answers `work_name_key like
 * '%…%'` for three characters or more (see guarantees/work-name-search.ts). Its rowids are the
 * guarantee rows' rowids: after a VACUUM (which may renumber them) rebuild it with
 * `insert into guarantee_work_name_trigram(guarantee_work_name_trigram) values ('rebuild')`.
 */
export class Migration20261130041000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create virtual table \`guarantee_work_name_trigram\` using fts5(\`work_name_key\`, content='guarantee', content_rowid='rowid', tokenize='trigram');`,
    );
    this.addSql(`insert into \`guarantee_work_name_trigram\`(\`guarantee_work_name_trigram\`) values ('rebuild');`);
    this.addSql(
      `create trigger \`guarantee_work_name_trigram_insert\` after insert on \`guarantee\` begin insert into \`guarantee_work_name_trigram\`(rowid, \`work_name_key\`) values (new.rowid, new.\`work_name_key\`); end;`,
    );
    this.addSql(
      `create trigger \`guarantee_work_name_trigram_delete\` after delete on \`guarantee\` begin insert into \`guarantee_work_name_trigram\`(\`guarantee_work_name_trigram\`, rowid, \`work_name_key\`) values ('delete', old.rowid, old.\`work_name_key\`); end;`,
    );
    this.addSql(
      `create trigger \`guarantee_work_name_trigram_update\` after update of \`work_name_key\` on \`guarantee\` begin insert into \`guarantee_work_name_trigram\`(\`guarantee_work_name_trigram\`, rowid, \`work_name_key\`) values ('delete', old.rowid, old.\`work_name_key\`); insert into \`guarantee_work_name_trigram\`(rowid, \`work_name_key\`) values (new.rowid, new.\`work_name_key\`); end;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger \`guarantee_work_name_trigram_update\`;`);
    this.addSql(`drop trigger \`guarantee_work_name_trigram_delete\`;`);
    this.addSql(`drop trigger \`guarantee_work_name_trigram_insert\`;`);
    this.addSql(`drop table \`guarantee_work_name_trigram\`;`);
  }
}
