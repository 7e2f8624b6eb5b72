/** Fills `{name}` placeholders. Values are plain text: Lit renders them as text, never HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
