import { formatEraDate, formatYen } from '@esurety/schema';
import { Button, Group } from '@mantine/core';
import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import classes from './certificate.module.css';
import { printElement } from './print-element';

/**
 * Every field of a 保証証書. The one fragment the certificate is drawn from, whoever looks at it:
 * branch staff, the contractor (保証契約内容の確認画面) and the orderer (verification).
 */
export const CertificateFieldsFragment = graphql(`
  fragment CertificateFields on Certificate {
    kind
    certificateFormat
    changeNumber
    date
    revokedOn
    contractNumber
    contractorAddress
    contractorName
    jointVentureMembers
    ordererTitle
    amount
    deadline
    workName
    contractAmount
    workStartDate
    workEndDate
    contractDate
    depositBank
    statement
    guarantorAddress
    guarantorName
    guarantorRepresentative
    branchName
    branchTel
    branchFax
  }
`);

interface CertificateDocumentProps {
  certificate: FragmentType<typeof CertificateFieldsFragment>;
  /** the level of the title in the page's outline */
  headingOrder?: 2 | 3;
  /** offers 印刷, printing this certificate alone */
  printable?: boolean;
  /**
   * prints it marked 閲覧用 with the note that a printout is not the certificate (only what the
   * verification service shows is): the button reads 印刷（閲覧用）
   */
  viewingCopy?: boolean;
}

/** The certificate as the flyer's 保証契約内容の確認画面 draws it: a bordered, printable document. */
export function CertificateDocument({ certificate, headingOrder = 2, printable = false, viewingCopy = false }: CertificateDocumentProps) {
  const { t } = useTranslation();
  const c = getFragmentData(CertificateFieldsFragment, certificate);
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const Heading = `h${headingOrder}` as const;

  const rows: [string, ReactNode][] = [
    [t('certificate.contractNumber'), c.contractNumber],
    [
      t('certificate.contractor'),
      <>
        <span className={classes.line}>{c.contractorAddress}</span>
        <span className={classes.line}>{c.contractorName}</span>
        {c.jointVentureMembers.length > 0 && (
          <span className={classes.line}>
            {t('certificate.jointVentureMembers')}
            {c.jointVentureMembers.join('、')}
          </span>
        )}
      </>,
    ],
    [t('certificate.orderer'), c.ordererTitle],
    [t('certificate.amount'), formatYen(c.amount)],
    [t('certificate.deadline'), formatEraDate(c.deadline)],
    [t('certificate.workName'), c.workName],
    [t('certificate.contractAmount'), formatYen(c.contractAmount)],
    [t('certificate.workPeriod'), t('certificate.period', { from: formatEraDate(c.workStartDate), to: formatEraDate(c.workEndDate) })],
    [t('certificate.contractDate'), formatEraDate(c.contractDate)],
  ];
  if (c.depositBank || c.kind === 'ADVANCE_PAYMENT' || c.kind === 'INTERMEDIATE_ADVANCE_PAYMENT') {
    rows.push([t('certificate.depositBank'), c.depositBank ?? '']);
  }

  return (
    <div>
      {printable && (
        <Group justify="flex-end" mb="xs" className={classes.noPrint}>
          <Button variant="default" onClick={() => ref.current && printElement(ref.current)}>
            {viewingCopy ? t('certificate.printViewingCopy') : t('certificate.print')}
          </Button>
        </Group>
      )}
      <article
        ref={ref}
        className={classes.certificate}
        aria-labelledby={titleId}
        data-viewing-copy={viewingCopy ? t('certificate.viewingCopy') : undefined}
      >
        {viewingCopy && (
          <p className={classes.viewingCopyNote}>
            【{t('certificate.viewingCopy')}】{t('certificate.viewingCopyNote')}
          </p>
        )}
        <p className={classes.date}>{formatEraDate(c.date)}</p>
        <header className={classes.heading}>
          <Heading id={titleId} className={classes.title}>
            {t('certificate.title', { kind: t(`guarantee.kind.${c.kind}`) })}
          </Heading>
          {c.changeNumber != null && (
            <p className={classes.change} data-testid="certificate-change">
              {t('certificate.change', { number: c.changeNumber })}
            </p>
          )}
          {c.revokedOn && (
            <p className={classes.revoked} data-testid="certificate-revoked">
              {t('certificate.revoked', { date: formatEraDate(c.revokedOn) })}
            </p>
          )}
          {c.certificateFormat === 'ELECTRONIC' && <p className={classes.electronicNote}>{t('certificate.electronicNote')}</p>}
        </header>

        <table className={classes.terms}>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <p className={classes.statement}>{c.statement}</p>

        <div className={classes.guarantor}>
          <span className={classes.line}>{c.guarantorAddress}</span>
          <span className={`${classes.line} ${classes.guarantorName}`}>{c.guarantorName}</span>
          <span className={classes.line}>{c.guarantorRepresentative}</span>
        </div>

        <dl className={classes.branch}>
          <div>
            <dt>{t('certificate.branch')}</dt>
            <dd>{c.branchName}</dd>
          </div>
          <div>
            <dt>TEL:</dt>
            <dd>{c.branchTel}</dd>
          </div>
          <div>
            <dt>FAX:</dt>
            <dd>{c.branchFax}</dd>
          </div>
        </dl>

        <div className={classes.notes}>
          <p className={classes.notesLabel}>{t('certificate.notesLabel')}</p>
          <ol>
            <li>{t('certificate.note1')}</li>
            <li>{t('certificate.note2')}</li>
          </ol>
        </div>
      </article>
    </div>
  );
}
