import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../gql/graphql';

const colours: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ISSUED: 'green',
  WITHDRAWN: 'gray',
};

/** 送信済み / 差戻し / 発行済み / 取下げ, as a tag that reads in words, not colour alone. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light" tt="none" size="lg" radius="sm">
      {t(`review.status.${status}`)}
    </Badge>
  );
}
