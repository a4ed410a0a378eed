import { Button, Group, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { DetailTable } from '../../ui/DetailTable';
import { formatEraTimestamp } from '../../ui/era-time';
import { CertificateDocument } from '../certificate/CertificateDocument';
import { ValidityBadge } from '../guarantees/ValidityBadge';
import { ValidityNotice } from '../guarantees/ValidityNotice';
import { IssuanceHistory } from '../guarantees/IssuanceHistory';

/** What the verification service shows: the same certificate fragment the contractor's pages use. */
export const VerificationResultFieldsFragment = graphql(`
  fragment VerificationResultFields on Verification {
    contractNumber
    validity
    revokedAt
    publishedAt
    verifiedAt
    certificate {
      ...CertificateFields
    }
    issuances {
      id
      ...IssuanceHistoryEntry
    }
  }
`);

interface VerificationResultViewProps {
  result: FragmentType<typeof VerificationResultFieldsFragment>;
  /** 別の保証を確認する */
  onReset: () => void;
}

/** The certificate shown for a number and its key: its state, when it was posted, and its history. */
export function VerificationResultView({ result, onReset }: VerificationResultViewProps) {
  const { t } = useTranslation();
  const r = getFragmentData(VerificationResultFieldsFragment, result);
  const headingId = useId();
  const certificateHeadingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form gave way to the result: take the reader there.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <>
      <section aria-labelledby={headingId}>
        <Group justify="space-between" align="center" mb="sm">
          <Title order={2} id={headingId} ref={headingRef} tabIndex={-1}>
            {t('verification.result.heading')}
          </Title>
          <Button variant="default" onClick={onReset}>
            {t('verification.result.again')}
          </Button>
        </Group>
        <ValidityNotice validity={r.validity} />
        <DetailTable
          labelledBy={headingId}
          rows={[
            {
              label: t('verification.result.contractNumber'),
              value: (
                <Text ff="monospace" fw={700} span>
                  {r.contractNumber}
                </Text>
              ),
            },
            { label: t('verification.result.status'), value: <ValidityBadge validity={r.validity} revokedAt={r.revokedAt} size="xl" /> },
            { label: t('verification.result.publishedAt'), value: formatEraTimestamp(r.publishedAt) },
            { label: t('verification.result.verifiedAt'), value: formatEraTimestamp(r.verifiedAt) },
          ]}
        />
      </section>
      <section aria-labelledby={certificateHeadingId}>
        <Title order={2} id={certificateHeadingId} mt="xl" mb="xs">
          {t('verification.result.certificateHeading')}
        </Title>
        <Text size="sm" mb="sm">
          {t('verification.result.certificateNote')}
        </Text>
        <CertificateDocument certificate={r.certificate} headingOrder={3} printable viewingCopy />
      </section>
      <IssuanceHistory issuances={r.issuances} viewingCopy />
    </>
  );
}
