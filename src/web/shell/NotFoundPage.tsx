import { Link } from 'react-router-dom';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
