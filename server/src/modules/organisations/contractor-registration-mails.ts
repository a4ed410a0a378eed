import type { Mail } from '../notifications/outbox';
import type { ContractorRegistration } from './contractor-registration.entity';

const SIGNATURE = ['', '――', 'esurety 電子保証サービス', '（このメールは送信専用です）'];

/** 「利用登録申請を受け付けました」: the receipt, sent when the request is recorded. */
export function registrationReceivedMail(registration: ContractorRegistration): Mail {
  return {
    to: registration.email,
    subject: '利用登録申請を受け付けました',
    body: [
      `${registration.name}`,
      `${registration.contactName} 様`,
      '',
      'esurety 電子保証サービスの利用登録申請を受け付けました。',
      '審査の後、承認されると担当者様あてにパスワード設定のご案内をお送りします。',
      '',
      `会社名: ${registration.name}`,
      `法人番号: ${registration.corporateNumber}`,
      '',
      'お心当たりのない場合は、このメールを破棄してください。',
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** 「利用登録申請の審査結果のお知らせ」: a refusal, with its reason. */
export function registrationRefusedMail(registration: ContractorRegistration): Mail {
  return {
    to: registration.email,
    subject: '利用登録申請の審査結果のお知らせ',
    body: [
      `${registration.name}`,
      `${registration.contactName} 様`,
      '',
      '利用登録申請について審査しましたが、次の理由により承認できませんでした。',
      '',
      `理由: ${registration.refusalReason ?? ''}`,
      '',
      '内容を改めて、再度お申し込みいただけます。',
      ...SIGNATURE,
    ].join('\n'),
  };
}
