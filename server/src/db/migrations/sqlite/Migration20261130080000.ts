import { Migration } from '@mikro-orm/migrations';

const add = (scope: string, id: string) =>
  `insert into \`scope_count\` (\`scope\`, \`scope_id\`, \`count\`) values ('${scope}', ${id}, 1) on conflict (\`scope\`, \`scope_id\`) do update set \`count\` = \`count\` + 1;`;
const remove = (scope: string, id: string) =>
  `update \`scope_count\` set \`count\` = \`count\` - 1 where \`scope\` = '${scope}' and \`scope_id\` = ${id};`;
const ordererOf = (guaranteeId: string) => `(select \`orderer_id\` from \`guarantee\` where \`id\` = ${guaranteeId})`;

/** The triggers that keep each counted scope exact (see common/scope-count.entity.ts). */
const TRIGGERS = {
  guarantee_scope_count_insert: `after insert on \`guarantee\` begin ${add('guarantee.contractor', 'new.`contractor_id`')} ${add('guarantee.branch', 'new.`branch_id`')} end`,
  guarantee_scope_count_delete: `after delete on \`guarantee\` begin ${remove('guarantee.contractor', 'old.`contractor_id`')} ${remove('guarantee.branch', 'old.`branch_id`')} end`,
  orderer_view_scope_count_insert: `after insert on \`orderer_view\` begin ${add('ledger.orderer', ordererOf('new.`guarantee_id`'))} end`,
  orderer_view_scope_count_delete: `after delete on \`orderer_view\` begin ${remove('ledger.orderer', ordererOf('old.`guarantee_id`'))} end`,
  guarantee_application_scope_count_insert: `after insert on \`guarantee_application\` begin ${add('application.contractor', 'new.`contractor_id`')} end`,
  guarantee_application_scope_count_delete: `after delete on \`guarantee_application\` begin ${remove('application.contractor', 'old.`contractor_id`')} end`,
};

/**
 * Exact counts of the lists' scopes, kept by triggers in the transaction that inserts or deletes
 * a guarantee, an 閲覧 or an application: an unfiltered list's totalCount reads one row instead of
 * counting its scope. Filled from the rows there.
 */
export class Migration20261130080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`scope_count\` (\`scope\` text not null, \`scope_id\` text not null, \`count\` integer not null, primary key (\`scope\`, \`scope_id\`));`,
    );
    this.addSql(
      `insert into \`scope_count\` (\`scope\`, \`scope_id\`, \`count\`) select 'guarantee.contractor', \`contractor_id\`, count(*) from \`guarantee\` group by \`contractor_id\`;`,
    );
    this.addSql(
      `insert into \`scope_count\` (\`scope\`, \`scope_id\`, \`count\`) select 'guarantee.branch', \`branch_id\`, count(*) from \`guarantee\` group by \`branch_id\`;`,
    );
    this.addSql(
      `insert into \`scope_count\` (\`scope\`, \`scope_id\`, \`count\`) select 'ledger.orderer', g.\`orderer_id\`, count(*) from \`orderer_view\` v join \`guarantee\` g on g.\`id\` = v.\`guarantee_id\` group by g.\`orderer_id\`;`,
    );
    this.addSql(
      `insert into \`scope_count\` (\`scope\`, \`scope_id\`, \`count\`) select 'application.contractor', \`contractor_id\`, count(*) from \`guarantee_application\` group by \`contractor_id\`;`,
    );
    for (const [name, body] of Object.entries(TRIGGERS)) this.addSql(`create trigger \`${name}\` ${body};`);
  }

  override async down(): Promise<void> {
    for (const name of Object.keys(TRIGGERS)) this.addSql(`drop trigger \`${name}\`;`);
    this.addSql(`drop table if exists \`scope_count\`;`);
  }
}
