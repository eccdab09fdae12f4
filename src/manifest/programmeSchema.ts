import { z } from 'zod';
import { assetRef } from './assetRef';
import { localizedText } from './localizedText';
import { header, isoDate, slug, videoFields } from './schemaParts';

/**
 * The week's programme, beside the hall (hall.json's `programme`): theme days, sessions on the
 * stages, knowledge contests and cloud classes. Same rules as the hall and booth schemas: types,
 * runtime checks, messages and the published JSON Schema all come from here. What needs the hall
 * (zones, dates) is checked by `checkProgrammeAgainstHall` in programme.ts.
 */

/** An instant with its offset, as organisers write it: "2026-09-16T19:30:00+08:00". */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isoInstant = () =>
  z
    .string()
    .regex(ISO_INSTANT, {
      error: 'expected a date and time with its offset, e.g. "2026-09-16T19:30:00+08:00"',
    })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'expected a real date and time' })
    .meta({ description: 'ISO 8601 date and time with its UTC offset (the time zone it was written in)' });

export const themeDaySchema = z.strictObject({
  date: isoDate(),
  zone: slug().meta({ description: "The hall zone this day's theme fills" }),
  title: localizedText(80),
  summary: localizedText(600),
});

export const speakerSchema = z.strictObject({
  name: localizedText(80),
  affiliation: localizedText(120).optional(),
});

export const replaySchema = z.strictObject(videoFields);

export const sessionSchema = z.strictObject({
  id: slug(),
  title: localizedText(120),
  summary: localizedText(600).optional(),
  speakers: z.array(speakerSchema).max(12).default([]),
  start: isoInstant(),
  end: isoInstant(),
  where: slug().meta({ description: 'The zone it is shown in: the main stage zone or a theme zone' }),
  stream: assetRef('video').optional().meta({ description: 'The live stream while it runs (HLS .m3u8)' }),
  poster: assetRef('image').optional(),
  replay: replaySchema.optional(),
});

export const questionSchema = z.strictObject({
  id: slug(),
  prompt: localizedText(400),
  options: z.array(localizedText(200)).min(2).max(6),
  correct: z
    .array(z.int().min(0))
    .min(1)
    .max(6)
    .meta({ description: 'Indexes into options (0 is the first); more than one makes it a multiple-answer question' }),
  explanation: localizedText(800),
  source: localizedText(200).meta({ description: 'Where the answer comes from: a law and its article, a guideline' }),
});

export const contestSchema = z.strictObject({
  id: slug(),
  title: localizedText(120),
  summary: localizedText(400).optional(),
  day: isoDate().optional().meta({ description: 'The theme day it belongs to (its zone offers it)' }),
  questionsPerAttempt: z.int().min(1).max(50),
  questions: z.array(questionSchema).min(1).max(500),
});

export const classItemSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('video'),
    id: slug(),
    title: localizedText(120),
    ...videoFields,
  }),
  z.strictObject({
    type: z.literal('article'),
    id: slug(),
    title: localizedText(120),
    body: localizedText(20_000).meta({ description: 'Markdown text' }),
    image: z.strictObject({ src: assetRef('image'), alt: localizedText(300) }).optional(),
  }),
]);

export const AUDIENCES = ['public', 'students', 'parents', 'seniors', 'staff', 'teachers'] as const;

export const playlistSchema = z.strictObject({
  id: slug(),
  title: localizedText(120),
  summary: localizedText(400).optional(),
  scenario: z.array(slug()).min(1).max(8).meta({ description: 'Scenarios, e.g. "office", "daily-life", "epidemic"' }),
  audience: z.array(z.enum(AUDIENCES)).min(1).max(AUDIENCES.length),
  items: z.array(classItemSchema).min(1).max(200),
});

function duplicates<T extends { id: string }>(list: readonly T[], path: (string | number)[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const programmeManifestSchema = z
  .strictObject({
    ...header,
    hall: slug().meta({ description: "The id of the hall this programme belongs to (hall.json's id)" }),
    days: z.array(themeDaySchema).max(31).default([]),
    sessions: z.array(sessionSchema).max(500).default([]),
    contests: z.array(contestSchema).max(200).default([]),
    classes: z.array(playlistSchema).max(100).default([]),
  })
  .superRefine((p, ctx) => {
    duplicates(p.sessions, ['sessions'], ctx);
    duplicates(p.contests, ['contests'], ctx);
    duplicates(p.classes, ['classes'], ctx);
    const dayDates = new Set<string>();
    p.days.forEach((d, i) => {
      if (dayDates.has(d.date))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `another theme day is already on ${d.date}` });
      dayDates.add(d.date);
    });
    const byStage = new Map<string, { i: number; start: number; end: number }[]>();
    p.sessions.forEach((s, i) => {
      // Refinements run even when a field failed: a time without its offset would parse in the
      // machine's own zone here, and add a second, zone-dependent error beside its own.
      if (!ISO_INSTANT.test(s.start) || !ISO_INSTANT.test(s.end)) return;
      const start = Date.parse(s.start);
      const end = Date.parse(s.end);
      if (!(end > start)) {
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'end'], message: `expected a time after its start ${s.start}` });
        return;
      }
      const list = byStage.get(s.where) ?? [];
      for (const o of list)
        if (start < o.end && o.start < end)
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', i, 'start'],
            message: `overlaps session "${p.sessions[o.i]!.id}" on the same stage "${s.where}"`,
          });
      list.push({ i, start, end });
      byStage.set(s.where, list);
    });
    p.contests.forEach((c, ci) => {
      if (c.questionsPerAttempt > c.questions.length)
        ctx.addIssue({
          code: 'custom',
          path: ['contests', ci, 'questionsPerAttempt'],
          message: `expected at most the ${c.questions.length} questions in its bank`,
        });
      duplicates(c.questions, ['contests', ci, 'questions'], ctx);
      c.questions.forEach((q, qi) => {
        const seen = new Set<number>();
        q.correct.forEach((a, ai) => {
          if (a >= q.options.length)
            ctx.addIssue({
              code: 'custom',
              path: ['contests', ci, 'questions', qi, 'correct', ai],
              message: `expected an option index from 0 to ${q.options.length - 1}`,
            });
          else if (seen.has(a))
            ctx.addIssue({
              code: 'custom',
              path: ['contests', ci, 'questions', qi, 'correct', ai],
              message: `option ${a} is listed twice`,
            });
          seen.add(a);
        });
        if (q.correct.length >= q.options.length)
          ctx.addIssue({
            code: 'custom',
            path: ['contests', ci, 'questions', qi, 'correct'],
            message: 'expected at least one wrong option',
          });
      });
    });
    p.classes.forEach((pl, pi) => duplicates(pl.items, ['classes', pi, 'items'], ctx));
  });

export type ProgrammeManifestInput = z.input<typeof programmeManifestSchema>;
export type RawProgramme = z.output<typeof programmeManifestSchema>;
