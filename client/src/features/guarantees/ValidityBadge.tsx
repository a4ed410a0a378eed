import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuaranteeValidity } from '../../gql/graphql';
import { formatEraDateOf } from '../../ui/era-time';

const colors: Record<GuaranteeValidity, string> = { VALID: 'green', REVOKED: 'red', EXPIRED: 'gray' };

interface ValidityBadgeProps {
  validity: GuaranteeValidity;
  /** when it was revoked: 取消済み says on which day */
  revokedAt?: string | null;
  size?: BadgeProps['size'];
}

/** 状態 as the verification service says it: 有効, 取消済み（令和N年M月D日）, 期限切れ. */
export function ValidityBadge({ validity, revokedAt, size = 'lg' }: ValidityBadgeProps) {
  const { t } = useTranslation();
  const label =
    validity === 'REVOKED' && revokedAt
      ? t('guarantee.validity.revokedOn', { date: formatEraDateOf(revokedAt) })
      : t(`guarantee.validity.${validity}`);
  return (
    <Badge color={colors[validity]} variant="light" tt="none" size={size} radius="sm" data-testid="validity-badge">
      {label}
    </Badge>
  );
}
