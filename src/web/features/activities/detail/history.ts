import { OutcomeDocumentType, type ActivityEvent } from '#domain/activities';
import { formatDate } from '#domain/calendar';
import { Strategy } from '#domain/taxonomy';
import { fieldLabel } from '#web/i18n/errors.ts';
import { lookup, type Dictionary } from '#web/i18n/messages.ts';
import { formatNumber, formatRupiah } from '#web/features/activities/format.ts';

export interface ChangeLine {
  field: string;
  label: string;
  from: string;
  to: string;
}

interface Context {
  dictionary: Dictionary;
  locale: string;
  subtypeLabel: (code: string) => string;
}

const none = '—';
/** A long description in full would bury the trail; the start says which text it was. */
const longest = 120;

function clip(text: string): string {
  return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

function outcomeText(value: unknown, ctx: Context): string {
  if (typeof value !== 'object' || value === null) return none;
  const { documentType, documentNumber, amountRupiah } = value as Record<string, unknown>;
  const type = OutcomeDocumentType.safeParse(documentType);
  const parts = [type.success ? (lookup(ctx.dictionary, `outcome.${type.data}`) ?? type.data) : none];
  if (typeof documentNumber === 'string' && documentNumber !== '') parts.push(documentNumber);
  if (typeof amountRupiah === 'number') parts.push(formatRupiah(amountRupiah, ctx.locale));
  return parts.join(', ');
}

/** One recorded value as a person reads it: names instead of codes, dates and numbers in the reader's format. */
export function valueText(field: string, value: unknown, ctx: Context): string {
  if (value === null || value === undefined || value === '') return none;
  const strategy = field === 'strategy' ? Strategy.safeParse(value) : null;
  if (strategy?.success) return lookup(ctx.dictionary, `strategy.${strategy.data}`) ?? strategy.data;
  if (field === 'subtype' && typeof value === 'string') return ctx.subtypeLabel(value);
  if (field === 'date' && typeof value === 'string') return formatDate(value, ctx.locale);
  if (field === 'outcome') return outcomeText(value, ctx);
  if (Array.isArray(value)) return value.length === 0 ? none : value.map((item) => valueText(field, item, ctx)).join(', ');
  if (typeof value === 'number') return formatNumber(value, ctx.locale);
  if (typeof value === 'string') return clip(value);
  return clip(JSON.stringify(value));
}

/** What an edit changed, field by field, as "field: from → to" in the reader's language. Photo events say so in their title instead. */
export function changeLines(event: ActivityEvent, ctx: Context): ChangeLine[] {
  if (event.changes === null || event.kind === 'photo_added' || event.kind === 'photo_removed') return [];
  return Object.entries(event.changes).map(([field, { from, to }]) => ({
    field,
    label: fieldLabel(field, ctx.dictionary),
    from: valueText(field, from, ctx),
    to: valueText(field, to, ctx),
  }));
}
