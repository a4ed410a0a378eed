import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { YenScalar } from '../../common/scalars';
import { CertificateFormat, GuaranteeKind } from './guarantee-kind';
import { GuaranteeStatus, type Guarantee } from './guarantee.entity';
import { todayInJapan } from '@esurety/schema';

/**
 * 保証証書: every field of the certificate as issued. Stored as an immutable snapshot with each
 * electronic issuance; the contractor and the orderer see the same one.
 */
@ObjectType({ description: '保証証書（発行時点の内容）' })
export class Certificate {
  @Field(() => GuaranteeKind, { description: '保証種類（表題: 保証証書(前払金保証) など）' })
  kind!: GuaranteeKind;

  @Field(() => CertificateFormat, { description: '保証証書の形式' })
  certificateFormat!: CertificateFormat;

  @Field(() => Int, { nullable: true, description: '変更の発生番号（表題の下に「変更 N」と表示）' })
  changeNumber!: number | null;

  @Field(() => LocalDateResolver, { description: '証書の日付' })
  date!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: '取消日（取消済みの保証契約の場合）' })
  revokedOn?: string | null;

  @Field({ description: '保証契約番号' })
  contractNumber!: string;

  @Field({ description: '保証契約者の所在地' })
  contractorAddress!: string;

  @Field({ description: '保証契約者（JVの場合はJV名）' })
  contractorName!: string;

  @Field(() => [String], { description: 'JV構成員（代表者から順に）' })
  jointVentureMembers!: string[];

  @Field({ description: '発注者（証書の名義、例: 松本市長）' })
  ordererTitle!: string;

  @Field(() => YenScalar, { description: '保証金額（総額）' })
  amount!: number;

  @Field(() => LocalDateResolver, { description: '保証期限' })
  deadline!: string;

  @Field({ description: '工事名' })
  workName!: string;

  @Field(() => YenScalar, { description: '請負金額（総額）' })
  contractAmount!: number;

  @Field(() => LocalDateResolver, { description: '工期（着工日）' })
  workStartDate!: string;

  @Field(() => LocalDateResolver, { description: '工期（完成日）' })
  workEndDate!: string;

  @Field(() => LocalDateResolver, { description: '請負契約日' })
  contractDate!: string;

  @Field(() => String, { nullable: true, description: '預託金融機関（前払金保証）' })
  depositBank!: string | null;

  @Field({ description: '保証事業会社の文言' })
  statement!: string;

  @Field({ description: '保証事業会社の所在地' })
  guarantorAddress!: string;

  @Field({ description: '保証事業会社の商号' })
  guarantorName!: string;

  @Field({ description: '代表者（役職と氏名）' })
  guarantorRepresentative!: string;

  @Field({ description: '取扱支店' })
  branchName!: string;

  @Field({ description: '取扱支店の電話番号' })
  branchTel!: string;

  @Field({ description: '取扱支店のFAX番号' })
  branchFax!: string;
}

const KIND_NAMES: Record<GuaranteeKind, string> = {
  [GuaranteeKind.ADVANCE_PAYMENT]: '前払金保証',
  [GuaranteeKind.INTERMEDIATE_ADVANCE_PAYMENT]: '中間前払金保証',
  [GuaranteeKind.CONTRACT]: '契約保証',
};

export const kindName = (kind: GuaranteeKind) => KIND_NAMES[kind];

/** The certificate of a guarantee as it stands now (its relations loaded). */
export function certificateOf(guarantee: Guarantee, date: string, changeNumber: number | null): Certificate {
  const { work, contractor, orderer, branch } = guarantee;
  const guarantor = branch.guarantor;
  return {
    kind: guarantee.kind,
    certificateFormat: guarantee.certificateFormat,
    changeNumber,
    date,
    revokedOn: guarantee.status === GuaranteeStatus.REVOKED && guarantee.revokedAt ? todayInJapan(guarantee.revokedAt) : null,
    contractNumber: guarantee.contractNumber,
    contractorAddress: contractor.address,
    contractorName: work.jointVentureName ?? contractor.name,
    jointVentureMembers: work.jointVentureMembers.map((m) => m.name),
    ordererTitle: orderer.certificateTitle,
    amount: guarantee.amount,
    deadline: guarantee.deadline,
    workName: guarantee.workName,
    contractAmount: work.contractAmount,
    workStartDate: guarantee.workStartDate,
    workEndDate: guarantee.workEndDate,
    contractDate: work.contractDate,
    depositBank: guarantee.depositBank ?? null,
    statement: `当社は、${kindName(guarantee.kind)}約款に基づき上記のとおり保証契約を締結し、その責に任じます。`,
    guarantorAddress: guarantor.address,
    guarantorName: guarantor.name,
    guarantorRepresentative: `${guarantor.representativeTitle}　${guarantor.representativeName}`,
    branchName: branch.name,
    branchTel: branch.tel,
    branchFax: branch.fax,
  };
}
