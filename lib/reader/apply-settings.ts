/**
 * Apply the reader's settings from the URL (which wins) or the remembered cookie, by
 * checking the matching radio. The pages are prerendered with the defaults, so this
 * runs twice: inline right after the controls, before the first paint (the reader
 * never flashes the wrong view), and again from SettingToggle after a client-side
 * navigation, where inline scripts do not run.
 *
 * It is serialised into that inline script with Function#toString, so it must not
 * refer to anything outside itself.
 */
export interface SettingSpec {
  param: string;
  cookie: string;
  values: readonly string[];
}

export function applySettings(specs: readonly SettingSpec[]): void {
  const query = new URLSearchParams(window.location.search);
  for (const spec of specs) {
    const match = document.cookie.match(new RegExp('(?:^|; )' + spec.cookie + '=([^;]*)'));
    let remembered: string | null = null;
    try {
      remembered = match ? decodeURIComponent(match[1] ?? '') : null;
    } catch {
      remembered = null; // a malformed cookie is ignored
    }
    const candidates = [query.get(spec.param), remembered];
    const wanted = candidates.find((value) => value !== null && spec.values.indexOf(value) >= 0);
    const input = wanted ? document.querySelector<HTMLInputElement>('input[name="' + spec.param + '"][value="' + wanted + '"]') : null;
    if (input) input.checked = true;
    // The reader's CSS reads the choice from here first (see globals.css, "Views").
    const checked = document.querySelector<HTMLInputElement>('input[name="' + spec.param + '"]:checked');
    const reader = checked && checked.closest('.reader');
    if (reader) reader.setAttribute('data-' + spec.param, checked.value);
  }
}

/** The inline script: the function above, called with the given settings. */
export function applySettingsScript(specs: readonly SettingSpec[]): string {
  return `(${applySettings.toString()})(${JSON.stringify(specs)});`;
}
