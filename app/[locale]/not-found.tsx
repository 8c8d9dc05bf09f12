import { NotFoundBody } from '@/components/ui/not-found-body';
import { resources } from '@/lib/i18n/resources';

// not-found files receive no params: the client leaf reads the locale from the URL.
export default function NotFound() {
  return <NotFoundBody strings={{ zh: resources.zh.common.notFound, en: resources.en.common.notFound }} />;
}
