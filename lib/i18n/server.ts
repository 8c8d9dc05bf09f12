import 'server-only';
import { createInstance, type TFunction } from 'i18next';
import { locales, type Locale } from './locales';
import { resources } from './resources';

// One instance per locale, made once: `changeLanguage` on a shared instance would let
// two concurrent requests see each other's language.
const instances = new Map<Locale, TFunction>();

export function getT(locale: Locale): TFunction {
  let t = instances.get(locale);
  if (!t) {
    const instance = createInstance();
    instance.init({
      lng: locale,
      fallbackLng: false,
      supportedLngs: [...locales],
      resources,
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    t = instance.t;
    instances.set(locale, t);
  }
  return t;
}
