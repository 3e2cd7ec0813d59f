import { Link } from 'react-router-dom';
import { certificatePagePath, formatCertificateCode } from '#domain/course-scoring';
import { useLanguage } from '#web/i18n/language.tsx';
import { certificatePdfUrl } from './api';
import './messages.ts';

/** Once the course is complete: the certificate's code, its PDF, and the public page anyone may check it on. */
export function CertificateCard({ courseId, code }: { courseId: number; code: string }) {
  const { t } = useLanguage();
  return (
    <div className="notice notice--success elis-certificate">
      <p className="notice__title">{t('elis.certificate.done')}</p>
      <p>
        {t('elis.certificate.code')} <strong className="elis-code">{formatCertificateCode(code)}</strong>
      </p>
      <p>
        <a className="button" href={certificatePdfUrl(courseId)} download>
          {t('elis.certificate.download')}
        </a>
      </p>
      <p>
        <Link to={certificatePagePath(code)}>{t('elis.certificate.check')}</Link>
      </p>
    </div>
  );
}
