import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import classes from './layout.module.css';

/** Which service a page belongs to: esurety itself, or the orderers' 保証確認サービス (D-Sure). */
export type Service = 'esurety' | 'verification';

export function ServiceName({ service = 'esurety' }: { service?: Service }) {
  const { t } = useTranslation();
  return (
    <Link to={service === 'verification' ? '/verify' : '/'} className={classes.serviceName}>
      {service === 'verification' ? t('verification.serviceName') : t('app.name')}
    </Link>
  );
}
