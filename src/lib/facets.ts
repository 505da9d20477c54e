/**
 * Recommendation priority and timeframe as the ILO notes print them ("Muy Alta", "Corto plazo",
 * "High", "Short (should start…)"), reduced to shared values so they can be search filters in
 * both languages. The printed text stays what the page shows.
 */
import type { Item } from '../content/model';

export const PRIORITIES = ['very-high', 'high', 'medium', 'low'] as const;
export const TIMEFRAMES = ['short', 'medium', 'long'] as const;
export type Priority = (typeof PRIORITIES)[number];
export type Timeframe = (typeof TIMEFRAMES)[number];

export function priorityOf(item: Item): Priority | undefined {
  const p = item.recommendation?.priority?.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!p) return undefined;
  if (/^(muy alta|very high)/.test(p)) return 'very-high';
  if (/^(alta|high)/.test(p)) return 'high';
  if (/^(media|medium)/.test(p)) return 'medium';
  if (/^(baja|low)/.test(p)) return 'low';
  return undefined;
}

export function timeframeOf(item: Item): Timeframe | undefined {
  const t = item.recommendation?.timeframe?.toLowerCase();
  if (!t) return undefined;
  if (/^(corto|short)/.test(t)) return 'short';
  if (/^(mediano|medio|medium)/.test(t)) return 'medium';
  if (/^(largo|long)/.test(t)) return 'long';
  return undefined;
}
