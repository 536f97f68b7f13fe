import { z } from 'astro/zod';
import { EVENT_KINDS } from './enums.ts';
import { enumOf, isoDate, markdownText, text, webUrl } from './fields.ts';
import { slugRef } from './product.ts';

/**
 * `events/<slug>.md` front matter: a fair, an evaluation round or a training. The Markdown body is
 * the Vietnamese description. Where it happens is either `place`, a slug in `places/` (a sales
 * point or a tourism site already on the map), or `venue`, free text for anywhere else: one of the
 * two, not both. Dates are whole days; a one-day event has `end` equal to `start`.
 */
export const eventSchema = z
  .strictObject({
    title: text(),
    kind: enumOf(EVENT_KINDS),
    start: isoDate(),
    end: isoDate(),
    place: slugRef('place').optional(),
    venue: text().optional(),
    organizer: text().optional(),
    products: z.array(slugRef('product')).optional(),
    producers: z.array(slugRef('producer')).optional(),
    url: webUrl().optional(),
    en: z.strictObject({ title: text(), description: markdownText().optional() }).optional(),
  })
  .superRefine((event, ctx) => {
    if (event.end < event.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `must be on or after start (${event.start})` });
    }
    if (event.place && event.venue) {
      ctx.addIssue({
        code: 'custom',
        path: ['venue'],
        message: 'give either place (a place slug) or venue (free text), not both',
      });
    }
    if (!event.place && !event.venue) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'is required: give place (a slug in places/) or venue (free text)',
      });
    }
  });

export type EventData = z.output<typeof eventSchema>;
