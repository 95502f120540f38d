/**
 * Scheduled pipelines: create, list per project, get, update, delete.
 */
import type { ScheduleRecord } from '../state/records.ts';
import { fill, notFound, ok, type Handler, type HandlerContext } from './handler.ts';
import { pagedRecords } from './paged-records.ts';

function scheduleValues(context: HandlerContext, record: ScheduleRecord): Record<string, unknown> {
  return {
    ...record.fields,
    id: record.id,
    'project-slug': record.projectSlug,
    'created-at': context.state.iso(record.createdAt),
    'updated-at': context.state.iso(record.updatedAt),
  };
}

/** The fields of a schedule body that a schedule keeps. */
function fieldsOf(body: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof body !== 'object' || body === null) return fields;
  const given = body as Record<string, unknown>;
  for (const key of ['name', 'description', 'timetable', 'parameters']) if (key in given) fields[key] = given[key];
  return fields;
}

const scheduleOf = (context: HandlerContext): ScheduleRecord | undefined =>
  context.state.schedules.get(context.params['schedule-id'] as string);

/** POST /project/{project-slug}/schedule */
export const createSchedule: Handler = (context) => {
  const { state } = context;
  const record: ScheduleRecord = {
    id: state.uuid(),
    projectSlug: context.params['project-slug'] as string,
    createdAt: state.now,
    updatedAt: state.now,
    fields: fieldsOf(context.body),
  };
  state.schedules.add(record);
  return ok(context, scheduleValues(context, record));
};

/** GET /project/{project-slug}/schedule: the project's schedules, read from its group. */
export const listSchedulesForProject: Handler = (context) => {
  const slug = context.params['project-slug'] as string;
  return pagedRecords(context, context.state.schedules.group(slug), `schedules:${slug}`, (s) =>
    fill(context, scheduleValues(context, s), { item: true }),
  );
};

/** GET /schedule/{schedule-id} */
export const getScheduleById: Handler = (context) => {
  const record = scheduleOf(context);
  return record === undefined ? notFound('Schedule') : ok(context, scheduleValues(context, record));
};

/** PATCH /schedule/{schedule-id}: the given fields replace the kept ones; a timetable is merged. */
export const updateSchedule: Handler = (context) => {
  const record = scheduleOf(context);
  if (record === undefined) return notFound('Schedule');
  const update = fieldsOf(context.body);
  if (update.timetable !== undefined) {
    update.timetable = { ...(record.fields.timetable as object), ...(update.timetable as object) };
  }
  record.fields = { ...record.fields, ...update };
  record.updatedAt = context.state.now;
  return ok(context, scheduleValues(context, record));
};

/** DELETE /schedule/{schedule-id} */
export const deleteScheduleById: Handler = (context) => {
  const record = scheduleOf(context);
  if (record === undefined) return notFound('Schedule');
  context.state.schedules.delete(record.id);
  return ok(context, { message: 'Schedule deleted.' });
};
