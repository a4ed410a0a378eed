import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import classes from './layout.module.css';

export function ServiceName() {
  const { t } = useTranslation();
  return (
    <Link to="/" className={classes.serviceName}>
      {t('app.name')}
    </Link>
  );
}
