/**
 * Fills the `{name}` placeholders of a UI string from `vars`: `fill('Bỏ {name}', { name: 'Chè' })` is
 * `'Bỏ Chè'`. A placeholder without a value stays as written, so a missing value shows instead of
 * vanishing. The one placeholder rule of the site: the server's `t()` (src/i18n/ui.ts), the islands
 * and the browser scripts all fill with it. Pure and browser-safe.
 */
export function fill(template: string, vars?: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    vars && Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}
