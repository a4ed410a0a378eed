import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuaranteeValidity } from '../../gql/graphql';

/** Above a certificate no longer in force: revoked, or past its deadline. Nothing for a valid one. */
export function ValidityNotice({ validity }: { validity: GuaranteeValidity }) {
  const { t } = useTranslation();
  if (validity === 'VALID') return null;
  return (
    <Alert color={validity === 'REVOKED' ? 'red' : 'gray'} variant="outline" role="status" mb="sm">
      {t(`guarantee.validityNotice.${validity}`)}
    </Alert>
  );
}
