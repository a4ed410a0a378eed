import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '../i18n';

/** Offers the other language, named in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('language.switchToCode');
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={target}
      title={t('language.switchLabel')}
      onClick={() => {
        if (isLanguage(target)) void changeLanguage(target);
      }}
    >
      {t('language.switchTo')}
    </Button>
  );
}
